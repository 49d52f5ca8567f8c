"use server"

import { revalidateTag } from "next/cache"
import { getTranslations } from "next-intl/server"
import { redirect } from "@/i18n/navigation"
import { statusOf } from "@/lib/medusa/client"
import { cartRequest, getCart, toMedusaAddress } from "@/lib/medusa/cart"
import { completeCart, ensurePaymentSession, initiatePaymentSession } from "@/lib/medusa/payments"
import { clearCartId, getCartId } from "@/lib/medusa/session"
import { TAGS } from "@/lib/medusa/tags"
import type { Cart } from "@/lib/medusa/types"
import { PAY_ON_DELIVERY, STRIPE } from "@/lib/payment"
import { normalizeMobile, validateCheckout, type AddressInput } from "@/lib/validation"

export type CheckoutState = {
  /** Field name → message the shopper reads. */
  errors: Record<string, string>
  /** A message for the whole form (summary of errors, or why the order could not be placed). */
  message: string | null
  values: Partial<AddressInput>
  /** Online payment only: details are saved and the Stripe PaymentIntent with this secret is ready to confirm. */
  payment?: { cartId: string; clientSecret: string }
} | null

/** What opening an online payment gives checkout: the PaymentIntent's secret for the Payment Element, or why not. */
export type OnlinePayment = { cartId: string; clientSecret: string } | { message: string }

const FIELDS = ["email", "name", "phone", "province", "city", "district", "street", "shippingOptionId", "paymentProviderId"] as const

type Checked =
  | { ok: true; locale: string; input: AddressInput; cart: Cart; t: Awaited<ReturnType<typeof errorText>> }
  | { ok: false; state: CheckoutState }

function errorText(locale: string) {
  return getTranslations({ locale, namespace: "form.errors" })
}

/** Reads and validates the checkout form and finds the shopper's cart. */
async function readCheckout(formData: FormData): Promise<Checked> {
  const locale = String(formData.get("locale") || "zh-CN")
  const input = Object.fromEntries(FIELDS.map((f) => [f, String(formData.get(f) ?? "").trim()])) as AddressInput
  const t = await errorText(locale)
  const invalid = validateCheckout(input)
  const keys = Object.keys(invalid)
  if (keys.length) {
    return {
      ok: false,
      state: {
        errors: Object.fromEntries(keys.map((k) => [k, t(invalid[k] as "required")])),
        message: t("fixBelow", { count: keys.length }),
        values: input,
      },
    }
  }
  const cart = await getCart()
  if (!cart || !cart.lines.length) return { ok: false, state: { errors: {}, message: t("cartGone"), values: input } }
  return { ok: true, locale, input, cart, t }
}

/**
 * Saves email and address on the cart and sets the delivery method. The method is left alone when it is already
 * the chosen one: re-adding it would not change the total, but nor is there anything to do.
 */
async function saveDetails(cart: Cart, input: AddressInput): Promise<void> {
  const address = toMedusaAddress({ ...input, phone: normalizeMobile(input.phone) })
  await cartRequest(`/store/carts/${cart.id}`, "POST", { email: input.email, shipping_address: address, billing_address: address })
  if (cart.shippingMethodOptionId !== input.shippingOptionId) {
    await cartRequest(`/store/carts/${cart.id}/shipping-methods`, "POST", { option_id: input.shippingOptionId })
  }
}

/** The order is placed: forget the cart, refresh stock on product pages, show the confirmation. */
async function toConfirmation(cartId: string, orderId: string, locale: string): Promise<never> {
  if ((await getCartId()) === cartId) await clearCartId()
  revalidateTag(TAGS.products, "max")
  return redirect({ href: `/orders/${orderId}`, locale })
}

/**
 * Pay on delivery: validates the checkout form, saves email, address and delivery on the cart, opens a
 * pp_system_default payment session and completes the cart; on success goes to the confirmation page.
 */
export async function placeOrder(_prev: CheckoutState, formData: FormData): Promise<CheckoutState> {
  const checked = await readCheckout(formData)
  if (!checked.ok) return checked.state
  const { locale, input, cart, t } = checked
  // Online payment needs the Payment Element (JavaScript); it goes through prepareOnlinePayment instead.
  if (input.paymentProviderId !== PAY_ON_DELIVERY) return { errors: {}, message: t("paymentUnavailable"), values: input }
  let orderId: string
  try {
    await saveDetails(cart, input)
    await initiatePaymentSession(cart.id, PAY_ON_DELIVERY)
    const result = await completeCart(cart.id)
    if (result.orderId === null) {
      console.error(`cart ${cart.id} did not complete: ${result.reason}`)
      return { errors: {}, message: !result.status || result.status === 400 || result.status === 409 ? t("soldOut") : t("generic"), values: input }
    }
    orderId = result.orderId
  } catch (error) {
    console.error(`placing the order for cart ${cart.id} failed`, error)
    const status = statusOf(error)
    return { errors: {}, message: status === 400 || status === 409 ? t("soldOut") : t("generic"), values: input }
  }
  return toConfirmation(cart.id, orderId, locale)
}

/**
 * Online payment, when the shopper picks it: sets the chosen delivery (so the amount is the final total) and opens
 * or reuses the cart's Stripe payment session; answers with the PaymentIntent's client secret.
 */
export async function startOnlinePayment(locale: string, shippingOptionId: string): Promise<OnlinePayment> {
  const t = await errorText(locale)
  const cart = await getCart()
  if (!cart || !cart.lines.length) return { message: t("cartGone") }
  try {
    if (shippingOptionId && cart.shippingMethodOptionId !== shippingOptionId) {
      await cartRequest(`/store/carts/${cart.id}/shipping-methods`, "POST", { option_id: shippingOptionId })
    }
    const session = await ensurePaymentSession(cart.id, STRIPE)
    if (!session.clientSecret) throw new Error(`Stripe session ${session.id} of cart ${cart.id} has no client_secret`)
    return { cartId: cart.id, clientSecret: session.clientSecret }
  } catch (error) {
    console.error(`opening a Stripe payment session for cart ${cart.id} failed`, error)
    return { message: t("paymentUnavailable") }
  }
}

/**
 * Online payment, on "place order": validates and saves the form like pay on delivery, then makes sure the cart's
 * Stripe session still matches its total. The browser confirms that PaymentIntent with Stripe next.
 */
export async function prepareOnlinePayment(_prev: CheckoutState, formData: FormData): Promise<CheckoutState> {
  const checked = await readCheckout(formData)
  if (!checked.ok) return checked.state
  const { input, cart, t } = checked
  try {
    await saveDetails(cart, input)
    const session = await ensurePaymentSession(cart.id, STRIPE)
    if (!session.clientSecret) throw new Error(`Stripe session ${session.id} of cart ${cart.id} has no client_secret`)
    return { errors: {}, message: null, values: input, payment: { cartId: cart.id, clientSecret: session.clientSecret } }
  } catch (error) {
    console.error(`preparing the online payment for cart ${cart.id} failed`, error)
    const status = statusOf(error)
    return { errors: {}, message: status === 400 || status === 409 ? t("soldOut") : t("paymentUnavailable"), values: input }
  }
}

/**
 * After Stripe confirmed the payment (in checkout, or on the return page after Alipay / WeChat Pay): completes the
 * cart, which has Medusa authorize the session with Stripe, and goes to the confirmation. Returns why not otherwise.
 */
export async function completeOnlineOrder(locale: string, cartId: string): Promise<{ message: string }> {
  const t = await errorText(locale)
  let orderId: string
  try {
    const result = await completeCart(cartId)
    if (result.orderId === null) {
      console.error(`cart ${cartId} did not complete after online payment: ${result.reason}`)
      return { message: result.status === 404 ? t("cartGone") : t("paymentFailed") }
    }
    orderId = result.orderId
  } catch (error) {
    console.error(`completing cart ${cartId} after online payment failed`, error)
    return { message: t("generic") }
  }
  return toConfirmation(cartId, orderId, locale)
}
