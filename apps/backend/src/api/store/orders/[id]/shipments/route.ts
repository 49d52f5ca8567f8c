import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { StoreOrderShipment, StoreOrderShipmentsResponse } from "@tarim/contracts"
import { FULFILLMENT_FIELDS, presentShipment } from "../../../../../lib/shipments"

type Coop = StoreOrderShipment["cooperative"]
type CoopRow = { id: string } & NonNullable<Coop>

/**
 * GET /store/orders/:id/shipments: each parcel of the order (status, carrier, tracking number, the co-op that ships
 * it) and, per co-op, the lines still waiting to ship. Readable like Medusa's own GET /store/orders/:id.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse<StoreOrderShipmentsResponse>) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = await query.graph(
    {
      entity: "order",
      fields: [
        "id",
        "items.id",
        "items.product_id",
        "items.detail.quantity",
        "items.detail.fulfilled_quantity",
        ...FULFILLMENT_FIELDS,
      ],
      filters: { id: req.params.id },
    },
    { throwIfKeyNotFound: true }
  )
  const items = (order.items ?? []).flatMap((i: any) => (i ? [i] : []))
  const productIds = [...new Set(items.map((i: any) => i.product_id).filter(Boolean))] as string[]
  const { data: products } = productIds.length
    ? await query.graph({
        entity: "product",
        fields: ["id", "cooperative.id", "cooperative.handle", "cooperative.name_zh", "cooperative.name_en"],
        filters: { id: productIds },
      })
    : { data: [] }
  const coopOfProduct = new Map<string, CoopRow>(
    products.flatMap((p: any): [string, CoopRow][] => (p.cooperative ? [[p.id, p.cooperative]] : []))
  )
  const coopOfLine = new Map<string, CoopRow | null>(items.map((i: any) => [i.id, coopOfProduct.get(i.product_id) ?? null]))
  const present = (c: CoopRow | null): Coop =>
    c ? { handle: c.handle, name_zh: c.name_zh, name_en: c.name_en } : null

  const parcels: StoreOrderShipment[] = (order.fulfillments ?? [])
    .filter((f: any) => f && !f.canceled_at)
    .map((f: any) => ({ ...presentShipment(f), cooperative: present(coopOfLine.get(f.items?.[0]?.line_item_id) ?? null) }))
  const waiting = new Map<string, StoreOrderShipment>()
  for (const item of items) {
    const left = Number(item.detail?.quantity ?? 0) - Number(item.detail?.fulfilled_quantity ?? 0)
    if (left <= 0) continue
    const coop = coopOfLine.get(item.id) ?? null
    const key = coop?.id ?? "shop"
    if (!waiting.has(key)) {
      waiting.set(key, { id: null, cooperative: present(coop), status: "waiting", carrier: null, tracking_number: null, shipped_at: null, delivered_at: null, items: [] })
    }
    waiting.get(key)!.items.push({ line_id: item.id, quantity: left })
  }
  res.json({ shipments: [...parcels, ...waiting.values()] })
}
