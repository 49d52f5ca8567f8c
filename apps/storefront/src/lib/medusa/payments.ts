import { liveRequest } from "./client"
import { getAuthToken } from "./session"
import type { PaymentSession } from "./types"

type PaymentSessionDTO = {
  id: string
  provider_id: string
  amount: number
  status: string
  data?: { client_secret?: unknown } | null
}
type PaymentCollectionDTO = { id: string; amount: number; currency_code: string; payment_sessions?: PaymentSessionDTO[] | null }

export function toPaymentSession(s: PaymentSessionDTO): PaymentSession {
  const secret = s.data?.client_secret
  return {
    id: s.id,
    providerId: s.provider_id,
    amount: s.amount,
    status: s.status,
    clientSecret: typeof secret === "string" && secret ? secret : null,
  }
}

/**
 * The collection's session of `providerId` that can still be paid: not yet authorized, for the collection's
 * current amount and, for Stripe, with its PaymentIntent's client secret. Null when a new session is needed.
 */
export function reusableSession(collection: PaymentCollectionDTO, providerId: string): PaymentSession | null {
  const session = (collection.payment_sessions ?? [])
    .map(toPaymentSession)
    .find((s) => s.providerId === providerId && (s.status === "pending" || s.status === "requires_more"))
  if (!session || Number(session.amount) !== Number(collection.amount)) return null
  return session.clientSecret || !providerId.startsWith("pp_stripe") ? session : null
}

/** The cart's payment collection, created on first use. */
async function paymentCollection(cartId: string, token: string | null): Promise<PaymentCollectionDTO> {
  const { payment_collection } = await liveRequest<{ payment_collection: PaymentCollectionDTO }>("/store/payment-collections", {
    method: "POST",
    body: { cart_id: cartId },
    token,
  })
  return payment_collection
}

async function createSession(collectionId: string, cartId: string, providerId: string, token: string | null): Promise<PaymentSession> {
  const { payment_collection } = await liveRequest<{ payment_collection: PaymentCollectionDTO }>(
    `/store/payment-collections/${collectionId}/payment-sessions`,
    { method: "POST", body: { provider_id: providerId }, token }
  )
  const session = (payment_collection.payment_sessions ?? []).find((s) => s.provider_id === providerId)
  if (!session) throw new Error(`Medusa opened no ${providerId} session on payment collection ${collectionId} of cart ${cartId}`)
  return toPaymentSession(session)
}

/**
 * The cart's payment session with `providerId`, reused while it matches the cart's total (so a Stripe PaymentIntent
 * the shopper is paying is not replaced), else a new one.
 */
export async function ensurePaymentSession(cartId: string, providerId: string): Promise<PaymentSession> {
  const token = await getAuthToken()
  const collection = await paymentCollection(cartId, token)
  return reusableSession(collection, providerId) ?? createSession(collection.id, cartId, providerId, token)
}
