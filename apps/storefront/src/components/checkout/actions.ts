"use server"

import { getTranslations } from "next-intl/server"
import { redirect } from "@/i18n/navigation"
import { cartErrorKey } from "@/lib/medusa/client"
import { chooseShipping, getCart, saveContact } from "@/lib/medusa/cart"
import { completeCart, type Completion } from "@/lib/medusa/completion"
import { ensurePaymentSession } from "@/lib/medusa/payments"
import { clearCartId, getCartId } from "@/lib/medusa/session"
import type { Cart, CheckoutAddress } from "@/lib/medusa/types"
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
  /** The shop is busy with other buyers of the same boxes: the form sends itself again after this many seconds. */
  retryInSeconds?: number
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
 * Saves email and address on the cart and sets the delivery method, each only when it differs from what the cart
 * holds: a form sent again (after "busy") costs the backend nothing more during a rush.
 */
async function saveDetails(cart: Cart, input: AddressInput): Promise<void> {
  const address: CheckoutAddress = { ...input, phone: normalizeMobile(input.phone) }
  const saved = cart.email === input.email && cart.address && (Object.keys(cart.address) as (keyof CheckoutAddress)[]).every((k) => cart.address![k] === address[k])
  if (!saved) await saveContact(cart.id, input.email, address)
  if (cart.shippingMethodOptionId !== input.shippingOptionId) await chooseShipping(cart.id, input.shippingOptionId)
}

/**
 * The order is placed: forget the cart and show the confirmation. Cached pages are left alone: the backend tells the
 * storefront when a variant's shown stock changes (in stock → low → sold out), not on every order.
 */
async function toConfirmation(cartId: string, orderId: string, locale: string): Promise<never> {
  if ((await getCartId()) === cartId) await clearCartId()
  return redirect({ href: `/orders/${orderId}`, locale })
}

/**
 * Pay on delivery: validates the checkout form, saves email, address and delivery on the cart, opens (or reuses) a
 * pp_system_default payment session and completes the cart. Placed → the confirmation; sold out → the cart, with the
 * lines other buyers emptied marked; busy → the form says so and sends itself again.
 */
export async function placeOrder(_prev: CheckoutState, formData: FormData): Promise<CheckoutState> {
  const checked = await readCheckout(formData)
  if (!checked.ok) return checked.state
  const { locale, input, cart, t } = checked
  // Online payment needs the Payment Element (JavaScript); it goes through prepareOnlinePayment instead.
  if (input.paymentProviderId !== PAY_ON_DELIVERY) return { errors: {}, message: t("paymentUnavailable"), values: input }
  let completion: Completion
  try {
    await saveDetails(cart, input)
    await ensurePaymentSession(cart.id, PAY_ON_DELIVERY)
    completion = await completeCart(cart.id)
  } catch (error) {
    console.error(`placing the order for cart ${cart.id} failed`, error)
    return { errors: {}, message: t(cartErrorKey(error)), values: input }
  }
  switch (completion.kind) {
    case "order":
      return toConfirmation(cart.id, completion.orderId, locale)
    case "sold_out":
      return redirect({ href: "/cart?sold_out=1", locale })
    case "busy":
      return { errors: {}, message: t("busy"), values: input, retryInSeconds: completion.retryAfterSeconds }
    case "refused":
      console.error(`cart ${cart.id} did not complete: ${completion.status} ${completion.reason}`)
      return { errors: {}, message: completion.status === 404 ? t("cartGone") : t("generic"), values: input }
  }
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
    if (shippingOptionId && cart.shippingMethodOptionId !== shippingOptionId) await chooseShipping(cart.id, shippingOptionId)
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
    const key = cartErrorKey(error)
    return { errors: {}, message: t(key === "generic" ? "paymentUnavailable" : key), values: input }
  }
}

/** Waits out "busy" answers (at most this many) before telling a shopper who has already paid online. */
const ONLINE_RETRIES = 5

/**
 * After Stripe confirmed the payment (in checkout, or on the return page after Alipay / WeChat Pay): completes the
 * cart, which has Medusa authorize the session with Stripe, and goes to the confirmation. The shopper has paid, so a
 * busy shop is waited out here; returns why not otherwise.
 */
export async function completeOnlineOrder(locale: string, cartId: string): Promise<{ message: string }> {
  const t = await errorText(locale)
  let completion: Completion | undefined
  try {
    for (let attempt = 0; attempt <= ONLINE_RETRIES; attempt++) {
      completion = await completeCart(cartId)
      if (completion.kind !== "busy") break
      const wait = completion.retryAfterSeconds * 1000
      await new Promise((r) => setTimeout(r, wait))
    }
  } catch (error) {
    console.error(`completing cart ${cartId} after online payment failed`, error)
    return { message: t("generic") }
  }
  switch (completion!.kind) {
    case "order":
      return toConfirmation(cartId, completion!.orderId, locale)
    case "sold_out":
      return redirect({ href: "/cart?sold_out=1", locale })
    case "busy":
      return { message: t("busyGaveUp") }
    case "refused":
      console.error(`cart ${cartId} did not complete after online payment: ${completion!.status} ${completion!.reason}`)
      return { message: completion!.status === 404 ? t("cartGone") : t("paymentFailed") }
  }
}
