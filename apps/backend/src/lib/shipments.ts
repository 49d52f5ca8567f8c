import type { CoopShipment, CoopShipmentStatus } from "@tarim/contracts"

/** 待发货 / 已发货 / 已签收 of a fulfilment, from Medusa's shipped and delivered times. */
export function shipmentStatus(f: { shipped_at?: unknown; delivered_at?: unknown }): CoopShipmentStatus {
  return f.delivered_at ? "delivered" : f.shipped_at ? "shipped" : "waiting"
}

/** The fields of an order's fulfilments that `presentShipment` reads (for Query on `order`). */
export const FULFILLMENT_FIELDS = [
  "fulfillments.id",
  "fulfillments.shipped_at",
  "fulfillments.delivered_at",
  "fulfillments.canceled_at",
  "fulfillments.metadata",
  "fulfillments.labels.tracking_number",
  "fulfillments.items.line_item_id",
  "fulfillments.items.quantity",
]

const iso = (value: unknown) => (value ? new Date(value as string).toISOString() : null)

type FulfillmentRow = {
  id: string
  shipped_at?: unknown
  delivered_at?: unknown
  metadata?: Record<string, unknown> | null
  labels?: ({ tracking_number?: string | null } | null)[] | null
  items?: ({ line_item_id: string; quantity: unknown } | null)[] | null
}

/** One parcel: a Medusa fulfilment with the carrier our shipping put in its metadata and its first label's number. */
export function presentShipment(f: FulfillmentRow): CoopShipment {
  return {
    id: f.id,
    carrier: (f.metadata?.carrier as string | undefined) ?? null,
    tracking_number: f.labels?.[0]?.tracking_number ?? null,
    shipped_at: iso(f.shipped_at),
    delivered_at: iso(f.delivered_at),
    status: shipmentStatus(f),
    items: (f.items ?? []).flatMap((i) => (i ? [{ line_id: i.line_item_id, quantity: Number(i.quantity) }] : [])),
  }
}
