"use server"

import { revalidateTag } from "next/cache"
import { getTranslations } from "next-intl/server"
import { redirect } from "@/i18n/navigation"
import { liveRequest, statusOf } from "@/lib/medusa/client"
import { cartRequest, getCart, toMedusaAddress } from "@/lib/medusa/cart"
import { clearCartId, getAuthToken } from "@/lib/medusa/session"
import { TAGS } from "@/lib/medusa/tags"
import { normalizeMobile, validateCheckout, type AddressInput } from "@/lib/validation"

export type CheckoutState = {
  /** Field name → message the shopper reads. */
  errors: Record<string, string>
  /** A message for the whole form (summary of errors, or why the order could not be placed). */
  message: string | null
  values: Partial<AddressInput>
} | null

const FIELDS = ["email", "name", "phone", "province", "city", "district", "street", "shippingOptionId", "paymentProviderId"] as const

/**
 * Validates the checkout form, then saves email and address on the cart, sets the shipping method, opens a
 * payment session with the chosen provider and completes the cart; on success goes to the confirmation page.
 */
export async function placeOrder(_prev: CheckoutState, formData: FormData): Promise<CheckoutState> {
  const locale = String(formData.get("locale") || "zh-CN")
  const input = Object.fromEntries(FIELDS.map((f) => [f, String(formData.get(f) ?? "").trim()])) as AddressInput
  const t = await getTranslations({ locale, namespace: "form.errors" })
  const invalid = validateCheckout(input)
  const keys = Object.keys(invalid)
  if (keys.length) {
    return {
      errors: Object.fromEntries(keys.map((k) => [k, t(invalid[k] as "required")])),
      message: t("fixBelow", { count: keys.length }),
      values: input,
    }
  }

  const cart = await getCart()
  if (!cart || !cart.lines.length) return { errors: {}, message: t("cartGone"), values: input }
  const token = await getAuthToken()
  let orderId: string
  try {
    const address = toMedusaAddress({ ...input, phone: normalizeMobile(input.phone) })
    await cartRequest(`/store/carts/${cart.id}`, "POST", {
      email: input.email,
      shipping_address: address,
      billing_address: address,
    })
    await cartRequest(`/store/carts/${cart.id}/shipping-methods`, "POST", { option_id: input.shippingOptionId })
    const { payment_collection } = await liveRequest<{ payment_collection: { id: string } }>("/store/payment-collections", {
      method: "POST",
      body: { cart_id: cart.id },
      token,
    })
    await liveRequest(`/store/payment-collections/${payment_collection.id}/payment-sessions`, {
      method: "POST",
      body: { provider_id: input.paymentProviderId },
      token,
    })
    const result = await liveRequest<{ type: "order"; order: { id: string } } | { type: "cart"; error?: { message?: string } }>(
      `/store/carts/${cart.id}/complete`,
      { method: "POST", token }
    )
    if (result.type !== "order") {
      console.error(`cart ${cart.id} did not complete: ${result.error?.message ?? "no reason given"}`)
      return { errors: {}, message: t("soldOut"), values: input }
    }
    orderId = result.order.id
  } catch (error) {
    console.error(`placing the order for cart ${cart.id} failed`, error)
    const status = statusOf(error)
    return { errors: {}, message: status === 400 || status === 409 ? t("soldOut") : t("generic"), values: input }
  }
  await clearCartId()
  // Stock went down: product pages show it on their next view.
  revalidateTag(TAGS.products, "max")
  redirect({ href: `/orders/${orderId}`, locale })
  return null
}
