import { createRequire } from "node:module"
import StripeProviderService from "@medusajs/payment-stripe/dist/services/stripe-provider"

type Options = ConstructorParameters<typeof StripeProviderService>[1] & {
  /** Where the Stripe API is, when it is not api.stripe.com: the webhook tests' stand-in, or stripe-mock. */
  apiBase?: string
}

// The same `stripe` client version Medusa's provider was written against (its own dependency, not ours).
export const Stripe = createRequire(require.resolve("@medusajs/payment-stripe"))("stripe")

/**
 * Medusa's Stripe provider, unchanged, with one option more: `apiBase`. Medusa builds its client for
 * api.stripe.com only, and this machine cannot reach it, so the webhook suite points the provider at a local
 * stand-in of the endpoints it calls. Without `apiBase` this is exactly Medusa's provider.
 */
export class StripePaymentsService extends StripeProviderService {
  constructor(cradle: Record<string, unknown>, options: Options) {
    super(cradle, options)
    if (options.apiBase) {
      const base = new URL(options.apiBase)
      const protocol = base.protocol.replace(":", "")
      ;(this as any).stripe_ = new Stripe(options.apiKey, {
        host: base.hostname,
        port: Number(base.port) || (protocol === "https" ? 443 : 80),
        protocol,
      })
    }
  }
}
