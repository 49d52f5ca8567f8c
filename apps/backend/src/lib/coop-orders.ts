import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { CoopOrder } from "@tarim/contracts"
import { FULFILLMENT_FIELDS, presentShipment } from "./shipments"

export type CoopOrderFilter = "waiting" | "presale" | "shipped" | "all"

/**
 * Ids of placed orders with at least one line of these products, newest first. `waiting`: a line of theirs still
 * has units to ship (and the order is not canceled); `shipped`: none has.
 *
 * Plain SQL over Medusa's order tables, like the report views: Query cannot filter orders by a property of their
 * lines, and listing every order to filter in memory would read the whole shop's orders for each co-op page.
 */
export async function coopOrderIds(
  container: MedusaContainer,
  productIds: string[],
  { filter, limit, offset, orderId }: { filter: CoopOrderFilter; limit: number; offset: number; orderId?: string }
): Promise<{ ids: string[]; count: number }> {
  if (!productIds.length) return { ids: [], count: 0 }
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const ownLines = (extra: string) => `EXISTS (
    SELECT 1 FROM order_item oi
    JOIN order_line_item li ON li.id = oi.item_id AND li.deleted_at IS NULL
    WHERE oi.order_id = o.id AND oi.version = o.version AND oi.deleted_at IS NULL
      AND li.product_id = ANY(:productIds) ${extra})`
  const waiting = ownLines("AND oi.fulfilled_quantity < oi.quantity")
  const presale = ownLines("AND oi.fulfilled_quantity < oi.quantity AND li.metadata ->> 'presale_ships_on' IS NOT NULL")
  const condition =
    filter === "waiting"
      ? `o.status <> 'canceled' AND ${waiting}`
      : filter === "presale"
        ? `o.status <> 'canceled' AND ${presale}`
        : filter === "shipped"
          ? `NOT ${waiting}`
          : "true"
  // Pre-sales to ship: the earliest ship date first (the day the harvest is due), then the oldest order.
  const order =
    filter === "presale"
      ? `(SELECT min(li.metadata ->> 'presale_ships_on') FROM order_item oi
           JOIN order_line_item li ON li.id = oi.item_id AND li.deleted_at IS NULL
           WHERE oi.order_id = o.id AND oi.version = o.version AND oi.deleted_at IS NULL
             AND li.product_id = ANY(:productIds) AND oi.fulfilled_quantity < oi.quantity), o.created_at, o.id`
      : "o.created_at DESC, o.id"
  const { rows } = await knex.raw(
    `SELECT o.id, count(*) OVER () AS total
     FROM "order" o
     WHERE o.deleted_at IS NULL AND o.is_draft_order = false AND o.status <> 'draft'
       AND ${ownLines("")} AND ${condition} ${orderId ? "AND o.id = :orderId" : ""}
     ORDER BY ${order}
     LIMIT :limit OFFSET :offset`,
    { productIds, limit, offset, ...(orderId ? { orderId } : {}) }
  )
  return { ids: rows.map((r: { id: string }) => r.id), count: Number(rows[0]?.total ?? 0) }
}

const FIELDS = [
  "id",
  "display_id",
  "created_at",
  "status",
  "shipping_address.first_name",
  "shipping_address.last_name",
  "shipping_address.phone",
  "shipping_address.province",
  "shipping_address.city",
  "shipping_address.address_1",
  "shipping_address.address_2",
  "shipping_address.postal_code",
  "items.id",
  "items.title",
  "items.variant_title",
  "items.variant_sku",
  "items.product_id",
  "items.metadata",
  "items.detail.quantity",
  "items.detail.fulfilled_quantity",
  ...FULFILLMENT_FIELDS,
]

/**
 * These orders as one co-op sees them (the co-op's `productIds`): its own lines and the shipments of those lines,
 * nothing of other co-ops.
 */
export async function presentCoopOrders(container: MedusaContainer, productIds: string[], ids: string[]): Promise<CoopOrder[]> {
  if (!ids.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: FIELDS, filters: { id: ids } })
  const byId = new Map(data.map((o: any) => [o.id, o]))
  return ids.flatMap((id) => {
    const order: any = byId.get(id)
    if (!order) return []
    const lines = (order.items ?? [])
      .filter((item: any) => productIds.includes(item.product_id))
      .map((item: any) => ({
        id: item.id,
        title: item.title,
        variant_title: item.variant_title ?? null,
        sku: item.variant_sku ?? null,
        quantity: Number(item.detail?.quantity ?? 0),
        fulfilled_quantity: Number(item.detail?.fulfilled_quantity ?? 0),
        ships_on: (item.metadata?.presale_ships_on as string | undefined) ?? null,
      }))
    const lineIds = new Set(lines.map((l: { id: string }) => l.id))
    const shipments = (order.fulfillments ?? [])
      .filter((f: any) => !f.canceled_at && (f.items ?? []).some((i: any) => lineIds.has(i.line_item_id)))
      .map(presentShipment)
    const a = order.shipping_address
    return [
      {
        id: order.id,
        display_id: order.display_id,
        created_at: new Date(order.created_at).toISOString(),
        status: order.status,
        ship_to: a
          ? {
              name: [a.last_name, a.first_name].filter(Boolean).join(""),
              phone: a.phone ?? null,
              province: a.province ?? null,
              city: a.city ?? null,
              address: [a.address_1, a.address_2].filter(Boolean).join(" "),
              postal_code: a.postal_code ?? null,
            }
          : null,
        lines,
        shipments,
        shipped: lines.every((l: { quantity: number; fulfilled_quantity: number }) => l.fulfilled_quantity >= l.quantity),
      },
    ]
  })
}
