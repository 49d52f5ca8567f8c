import { Stripe } from "../../src/modules/stripe-payments/service"
import { signedEvent, type StripeSide } from "./stand-in"

/**
 * The webhook suite's Stripe side in Stripe's own test mode (opt-in: STRIPE_API_KEY=sk_test_…). Payments are
 * confirmed with Stripe's test cards; events carry the intent as Stripe returns it and are signed with the suite's
 * webhook secret, because Stripe cannot deliver to this machine's loopback address.
 */
export function stripeTestMode(apiKey: string, webhookSecret: string): StripeSide {
  if (!apiKey.startsWith("sk_test_")) throw new Error("the Stripe webhook suite runs only on a test-mode key (sk_test_…)")
  const stripe = new Stripe(apiKey)
  const confirm = (id: string, paymentMethod: string) =>
    stripe.paymentIntents.confirm(id, { payment_method: paymentMethod, return_url: "https://tarim.test/checkout" })
  return {
    pay: (id) => confirm(id, "pm_card_visa"),
    decline: (id) => confirm(id, "pm_card_chargeDeclined").catch((error: { type?: string }) => {
      if (error.type !== "StripeCardError") throw error
    }),
    event: async (type, id, options = {}) =>
      signedEvent(type, await stripe.paymentIntents.retrieve(id), { secret: webhookSecret, ...options }),
    captures: async (id) => {
      const charges = await stripe.charges.list({ payment_intent: id, limit: 100 })
      return charges.data.filter((charge: { captured: boolean }) => charge.captured).length
    },
    close: async () => {},
  }
}
