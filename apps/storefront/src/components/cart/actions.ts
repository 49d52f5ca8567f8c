"use server"

import { refresh } from "next/cache"
import { getTranslations } from "next-intl/server"
import { cartErrorKey } from "@/lib/medusa/client"
import { addLine, createCart, getCart, setLineQuantity } from "@/lib/medusa/cart"
import { setCartCount, setCartId } from "@/lib/medusa/session"

/** What a cart action tells the shopper. */
export type CartActionState = { ok: boolean; message: string } | null

function localeOf(formData: FormData): string {
  return String(formData.get("locale") || "zh-CN")
}

async function failure(locale: string, error: unknown): Promise<CartActionState> {
  const t = await getTranslations({ locale, namespace: "form.errors" })
  const key = cartErrorKey(error)
  if (key === "generic") console.error("cart action failed", error)
  return { ok: false, message: t(key) }
}

/** Adds `quantity` of a variant to the shopper's cart, creating the cart (and its cookie) on first use. */
export async function addToCart(_prev: CartActionState, formData: FormData): Promise<CartActionState> {
  const locale = localeOf(formData)
  const variantId = String(formData.get("variantId") || "")
  const quantity = Math.max(1, Math.min(99, Number(formData.get("quantity")) || 1))
  const t = await getTranslations({ locale, namespace: "product" })
  if (!variantId) return { ok: false, message: t("chooseWeight") }
  try {
    const cart = (await getCart()) ?? (await createCart())
    await setCartId(cart.id)
    await setCartCount((await addLine(cart.id, variantId, quantity)).itemCount)
  } catch (error) {
    return failure(locale, error)
  }
  refresh()
  return { ok: true, message: t("added") }
}

/** Sets a cart line's quantity (0 removes it). */
export async function updateLineQuantity(_prev: CartActionState, formData: FormData): Promise<CartActionState> {
  const locale = localeOf(formData)
  const lineId = String(formData.get("lineId") || "")
  const quantity = Math.max(0, Math.min(99, Math.floor(Number(formData.get("quantity")))))
  const cart = await getCart()
  const t = await getTranslations({ locale, namespace: "cart" })
  if (!cart) return { ok: false, message: (await getTranslations({ locale, namespace: "form.errors" }))("cartGone") }
  try {
    await setCartCount((await setLineQuantity(cart.id, lineId, quantity)).itemCount)
  } catch (error) {
    return failure(locale, error)
  }
  refresh()
  const line = cart.lines.find((l) => l.id === lineId)
  return { ok: true, message: quantity === 0 ? t("removed", { title: line?.title ?? "" }) : t("updated") }
}
