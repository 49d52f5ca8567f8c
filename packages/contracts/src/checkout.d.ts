/** A cart line the stock could not cover when the shopper paid. */
export type SoldOutLine = { line_id: string; variant_id: string; title: string; requested: number; available: number }

/** POST /store/carts/:id/complete when other buyers took the last boxes (409). Nothing was charged or reserved. */
export type CheckoutSoldOut = { type: "not_allowed"; code: "sold_out"; message: string; lines: SoldOutLine[] }

/** POST /store/carts/:id/complete when too many buyers of the same boxes wait (503, with Retry-After). */
export type CheckoutBusy = { type: "unexpected_state"; code: "checkout_busy"; message: string }
