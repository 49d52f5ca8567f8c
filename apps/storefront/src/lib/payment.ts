import { type Locale, routing } from "@/i18n/routing"
import { localePath } from "@/i18n/paths"

/** Medusa's built-in manual provider: 货到付款, pay the courier on delivery. */
export const PAY_ON_DELIVERY = "pp_system_default"
/** Medusa's Stripe provider (registered with id "stripe" when the backend has STRIPE_API_KEY). */
export const STRIPE = "pp_stripe_stripe"

/**
 * The providers checkout offers, in the region's order: pay on delivery, and Stripe only when the storefront has a
 * publishable key and the region offers it. Anything else the region lists has no UI here and is left out.
 */
export function checkoutPaymentOptions(providers: { id: string }[], stripeEnabled: boolean): string[] {
  return providers.map((p) => p.id).filter((id) => id === PAY_ON_DELIVERY || (stripeEnabled && id === STRIPE))
}

/** Stripe Elements' language for a storefront locale. */
export function stripeLocale(locale: string): "zh" | "en" {
  return locale.startsWith("en") ? "en" : "zh"
}

/**
 * Where Stripe sends the shopper back after a redirect-based method (Alipay, WeChat Pay, 3-D Secure pages): the
 * return page in the shopper's language, with the cart to complete. zh-CN has no prefix, like every other URL.
 */
export function stripeReturnUrl(origin: string, locale: string, cartId: string): string {
  return `${origin.replace(/\/$/, "")}${localePath(`/checkout/stripe-return?${new URLSearchParams({ cart: cartId })}`, locale as Locale)}`
}

/** What stripe.confirmPayment answered, reduced to what checkout reads. */
export type ConfirmResult = { error?: { type?: string; message?: string }; paymentIntent?: { status: string } }

/** Complete the Medusa cart, or tell the shopper why not: Stripe's own (localized) text, else a message key. */
export type ConfirmOutcome = { kind: "complete" } | { kind: "error"; message: string | null; key: "paymentFailed" | "paymentProcessing" }

/**
 * Decides what follows stripe.confirmPayment. Card and validation errors carry a message Stripe wrote for the
 * shopper in the Elements' language; other errors (network, API) are ours to word. A PaymentIntent that is
 * authorized (manual capture) or paid can complete the cart; one still processing is completed by Medusa's webhook.
 */
export function confirmOutcome(result: ConfirmResult): ConfirmOutcome {
  if (result.error) {
    const forShopper = result.error.type === "card_error" || result.error.type === "validation_error"
    return { kind: "error", message: forShopper && result.error.message ? result.error.message : null, key: "paymentFailed" }
  }
  const status = result.paymentIntent?.status
  if (status === "succeeded" || status === "requires_capture") return { kind: "complete" }
  return { kind: "error", message: null, key: status === "processing" ? "paymentProcessing" : "paymentFailed" }
}

/**
 * Reads the return page's query: our `cart`, and Stripe's `redirect_status` (succeeded, processing, failed…). Only a
 * payment Stripe reports as not made skips completing the cart; Medusa checks the PaymentIntent either way.
 */
export function readStripeReturn(search: Record<string, string | string[] | undefined>): { cartId: string | null; failed: boolean } {
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? ""
  const cartId = one(search.cart).trim()
  const status = one(search.redirect_status)
  return { cartId: /^cart_\w+$/.test(cartId) ? cartId : null, failed: ["failed", "canceled", "requires_payment_method"].includes(status) }
}
