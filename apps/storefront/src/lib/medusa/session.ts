import { cookies } from "next/headers"

const CART_COOKIE = "_tarim_cart"
/**
 * How many boxes the cart holds, readable by the page's script (not httpOnly): the shop's pages are cached HTML, so
 * the header's cart count reads it in the browser and costs no backend request (see components/layout/cart-count.tsx).
 */
export const CART_COUNT_COOKIE = "_tarim_cart_n"
const AUTH_COOKIE = "_tarim_jwt"

const base = {
  httpOnly: true,
  sameSite: "lax" as const,
  secure: process.env.NODE_ENV === "production" && process.env.COOKIE_SECURE !== "false",
  path: "/",
}

export async function getCartId(): Promise<string | null> {
  return (await cookies()).get(CART_COOKIE)?.value ?? null
}

export async function setCartId(id: string): Promise<void> {
  ;(await cookies()).set(CART_COOKIE, id, { ...base, maxAge: 60 * 60 * 24 * 30 })
}

/** Remembers the cart's item count for the header (after every change to the cart's lines). */
export async function setCartCount(count: number): Promise<void> {
  ;(await cookies()).set(CART_COUNT_COOKIE, String(count), { ...base, httpOnly: false, maxAge: 60 * 60 * 24 * 30 })
}

export async function clearCartId(): Promise<void> {
  const jar = await cookies()
  jar.delete(CART_COOKIE)
  jar.delete(CART_COUNT_COOKIE)
}

/** The signed-in customer's Medusa JWT, if any. */
export async function getAuthToken(): Promise<string | null> {
  return (await cookies()).get(AUTH_COOKIE)?.value ?? null
}

export async function setAuthToken(token: string): Promise<void> {
  ;(await cookies()).set(AUTH_COOKIE, token, { ...base, maxAge: 60 * 60 * 24 * 7 })
}

export async function clearAuthToken(): Promise<void> {
  ;(await cookies()).delete(AUTH_COOKIE)
}

const COOP_COOKIE = "_tarim_coop_jwt"

/** The signed-in co-op member's Medusa JWT (actor type coop_member), apart from any shopper login in the same browser. */
export async function getCoopToken(): Promise<string | null> {
  return (await cookies()).get(COOP_COOKIE)?.value ?? null
}

export async function setCoopToken(token: string): Promise<void> {
  ;(await cookies()).set(COOP_COOKIE, token, { ...base, maxAge: 60 * 60 * 12 })
}

export async function clearCoopToken(): Promise<void> {
  ;(await cookies()).delete(COOP_COOKIE)
}

/**
 * The access token for one order (see the backend's GET /store/orders/:id): set when this browser completes the cart
 * or proves the order's email and phone; it expires with the token.
 */
const orderAccessCookie = (orderId: string) => `_tarim_order_${orderId.replace(/[^A-Za-z0-9_]/g, "")}`

export async function getOrderAccess(orderId: string): Promise<string | null> {
  return (await cookies()).get(orderAccessCookie(orderId))?.value ?? null
}

export async function setOrderAccess(orderId: string, access: { token: string; expires_at: string }): Promise<void> {
  ;(await cookies()).set(orderAccessCookie(orderId), access.token, { ...base, expires: new Date(access.expires_at) })
}
