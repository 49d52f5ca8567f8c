import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules, PaymentWebhookEvents } from "@medusajs/framework/utils"

/**
 * A payment provider's webhook (Stripe: `/hooks/payment/stripe_stripe`). Medusa's own route answers 200 to anything
 * and checks the signature seconds later in its subscriber, so a forged or stale event looked accepted. Here the
 * provider reads the event first — for Stripe that verifies the `Stripe-Signature` header against
 * STRIPE_WEBHOOK_SECRET and its five-minute tolerance — and anything it refuses is a 400 naming why, with nothing
 * queued. An accepted event goes on exactly as in Medusa: queued for its `payment-webhook` subscriber, 5 s later.
 */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  const { provider } = req.params
  const payment = req.scope.resolve(Modules.PAYMENT)
  const payload = { data: req.body as Record<string, unknown>, rawData: req.rawBody, headers: req.headers as Record<string, unknown> }
  try {
    await payment.getWebhookActionAndData({ provider, payload })
  } catch (error) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `The ${provider} webhook was refused: ${(error as Error).message}`
    )
  }
  const options = ((payment as unknown as { options?: { webhook_delay?: number; webhook_retries?: number } }).options ?? {})
  await req.scope.resolve(Modules.EVENT_BUS).emit(
    { name: PaymentWebhookEvents.WebhookReceived, data: { provider, payload } },
    { delay: options.webhook_delay ?? 5000, attempts: options.webhook_retries ?? 3 }
  )
  res.sendStatus(200)
}
