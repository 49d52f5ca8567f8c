/** A cart line the stock could not cover when the shopper paid. */
export type SoldOutLine = { line_id: string; variant_id: string; title: string; requested: number; available: number }

/** POST /store/carts/:id/complete when other buyers took the last boxes (409). Nothing was charged or reserved. */
export type CheckoutSoldOut = { type: "not_allowed"; code: "sold_out"; message: string; lines: SoldOutLine[] }

/** POST /store/carts/:id/complete when too many buyers of the same boxes wait (503, with Retry-After). */
export type CheckoutBusy = { type: "unexpected_state"; code: "checkout_busy"; message: string }

/**
 * Who may read an order's personal details (email, phone, address): the signed-in customer who placed it, or a
 * browser holding this token, given at completion and to whoever proves the order's email and phone. Sent back in
 * the `x-order-access` header; valid until `expires_at`.
 */
export type OrderAccess = { token: string; expires_at: string }

/** POST /store/carts/:id/complete when the cart became an order: Medusa's answer, plus the buyer's access token. */
export type CheckoutPlaced = { type: "order"; order: Record<string, unknown> & { id: string }; order_access: OrderAccess }

/** GET /store/orders/:id: `full` for the buyer, `masked` (number, status, lines, totals only) for anyone else. */
export type StoreOrderAccessLevel = "full" | "masked"

/** POST /store/orders/:id/access with { email, phone }: the order's access token when both match it. */
export type StoreOrderAccessResponse = { order_access: OrderAccess }
