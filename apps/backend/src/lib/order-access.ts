import { createHmac, timingSafeEqual } from "node:crypto"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { OrderAccess } from "@tarim/contracts"

/** How long the browser that placed an order (or proved its email and phone) may read the order's personal details. */
export const ORDER_ACCESS_TTL_MS = 24 * 60 * 60 * 1000

const signature = (orderId: string, expires: number, secret: string) =>
  createHmac("sha256", secret).update(`order-access:${orderId}:${expires}`).digest("base64url")

/** The key order access tokens are signed with: the server's JWT secret (production refuses the development one). */
export const orderAccessSecret = (scope: MedusaContainer) =>
  scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig.http.jwtSecret as string

/** `<expiry ms>.<HMAC-SHA256 of order id and expiry>`, signed with the server's JWT secret: nothing is stored. */
export function signOrderAccess(orderId: string, secret: string, now = Date.now()): OrderAccess {
  const expires = now + ORDER_ACCESS_TTL_MS
  return { token: `${expires}.${signature(orderId, expires, secret)}`, expires_at: new Date(expires).toISOString() }
}

/** Whether `token` was signed for this order with this secret and has not expired. */
export function verifyOrderAccess(orderId: string, token: string | undefined, secret: string, now = Date.now()): boolean {
  const [expiresText, given] = (token ?? "").split(".")
  const expires = Number(expiresText)
  if (!given || !Number.isSafeInteger(expires) || expires <= now) return false
  const expected = Buffer.from(signature(orderId, expires, secret))
  const actual = Buffer.from(given)
  return actual.length === expected.length && timingSafeEqual(actual, expected)
}

/** What anyone holding an order's id may see: its number, status, lines and money; no email, phone or address. */
const PUBLIC_ORDER_KEYS = new Set([
  "id", "display_id", "custom_display_id", "status", "summary", "created_at", "updated_at", "currency_code", "region_id",
  "payment_status", "fulfillment_status", "items", "shipping_methods",
])

/** The masked view of an order: only public keys and money figures (`*total`, `*subtotal`) are kept. */
export function maskOrder<T extends Record<string, unknown>>(order: T): Partial<T> {
  return Object.fromEntries(Object.entries(order).filter(([key]) => PUBLIC_ORDER_KEYS.has(key) || /(^|_)(sub)?total$/.test(key))) as Partial<T>
}

/** Mainland numbers written either way (+86 138-0000-1000, 13800001000) compare equal. */
export function samePhone(a: string | null | undefined, b: string | null | undefined): boolean {
  const digits = (phone: string | null | undefined) => (phone ?? "").replace(/\D/g, "").replace(/^86(?=1\d{10}$)/, "")
  return digits(a).length >= 6 && digits(a) === digits(b)
}
