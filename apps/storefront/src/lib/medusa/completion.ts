import type { CheckoutBusy, CheckoutSoldOut, OrderAccess } from "@tarim/contracts"
import { getConfig } from "@/lib/config"
import { getAuthToken, setOrderAccess } from "./session"

/** A line the backend could not cover when the shopper paid. */
export type SoldOutLine = { lineId: string; variantId: string; requested: number; available: number }

/**
 * What asking the backend to turn the cart into an order gave:
 * - `order`: placed (asking again for the same cart returns the same order);
 * - `sold_out`: other buyers got the last boxes of these lines first; nothing was charged or reserved;
 * - `busy`: too many buyers of the same boxes at once; ask again after `retryAfterSeconds`;
 * - `refused`: anything else the shopper can act on (payment not authorized, cart gone), with Medusa's reason.
 */
export type Completion =
  | { kind: "order"; orderId: string }
  | { kind: "sold_out"; lines: SoldOutLine[] }
  | { kind: "busy"; retryAfterSeconds: number }
  | { kind: "refused"; status: number; reason: string }

/** Medusa's answers (an order, or the cart with a payment error, or an error) and the checkout gate's own. */
type CompleteAnswer =
  | Partial<CheckoutSoldOut>
  | Partial<CheckoutBusy>
  | { type?: string; code?: string; message?: string; order?: { id: string }; order_access?: OrderAccess; error?: { message?: string } }

/** Reads POST /store/carts/:id/complete's answer (see the backend's route); a 5xx other than 503 is thrown. */
export function toCompletion(status: number, body: CompleteAnswer, retryAfter: string | null): Completion {
  if (status === 200 && body.type === "order" && "order" in body && body.order) return { kind: "order", orderId: body.order.id }
  if (status === 409 && body.code === "sold_out" && "lines" in body) {
    return {
      kind: "sold_out",
      lines: (body.lines ?? []).map((l) => ({ lineId: l.line_id, variantId: l.variant_id, requested: l.requested, available: l.available })),
    }
  }
  // 503 from the checkout gate, or Medusa's 409 while another request completes the same cart: both pass.
  if (status === 503 || (status === 409 && body.code === "invalid_state_error")) {
    const seconds = Number(retryAfter)
    return { kind: "busy", retryAfterSeconds: Number.isFinite(seconds) && seconds > 0 ? Math.min(seconds, 30) : 2 }
  }
  if (status >= 500) throw new Error(`completing the cart failed: ${status} ${body.message ?? ""}`.trim())
  const reason = ("error" in body ? body.error?.message : undefined) ?? body.message ?? `HTTP ${status}`
  return { kind: "refused", status, reason }
}

/**
 * Completes the cart into an order. Plain fetch rather than the JS SDK, whose errors keep only the message: the
 * sold-out lines and the Retry-After header are what the shopper's next step depends on.
 */
export async function completeCart(cartId: string): Promise<Completion> {
  const { backendUrl, publishableKey } = getConfig()
  const token = await getAuthToken()
  const res = await fetch(`${backendUrl}/store/carts/${encodeURIComponent(cartId)}/complete`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-publishable-api-key": publishableKey,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: "{}",
    cache: "no-store",
  })
  const body = (await res.json().catch(() => ({}))) as CompleteAnswer
  const completion = toCompletion(res.status, body, res.headers.get("retry-after"))
  // This browser placed the order: it may show the order's address and phone (see getOrder).
  if (completion.kind === "order" && "order_access" in body && body.order_access) await setOrderAccess(completion.orderId, body.order_access)
  return completion
}
