import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { COOPERATIVE_EVENTS, FESTIVAL_EVENTS } from "../lib/events"

/** The events that change what a product's search document says, and the record each one is about. */
export const PRODUCT_INDEX_EVENTS = {
  product: ["product.created", "product.updated", "product.deleted"],
  variant: ["product-variant.created", "product-variant.updated", "product-variant.deleted"],
  price: ["pricing.price.created", "pricing.price.updated", "pricing.price.deleted"],
  inventory_level: ["inventory-level.created", "inventory-level.updated", "inventory-level.deleted"],
  reservation: ["reservation-item.created", "reservation-item.updated", "reservation-item.deleted"],
  translation: ["translation.created", "translation.updated", "translation.deleted"],
  category: ["product-category.updated"],
  // Our workflows name the products they touched (src/lib/events.ts).
  products_named: [...Object.values(COOPERATIVE_EVENTS), ...Object.values(FESTIVAL_EVENTS)],
} as const

type Row = Record<string, any>
type Event = { name: string; data?: { id?: string | string[]; product_ids?: string[] } | null }

const ids = (value: unknown): string[] =>
  (Array.isArray(value) ? value : value == null ? [] : [value]).map(String).filter(Boolean)

const unique = (values: unknown[]) => [...new Set(values.filter(Boolean).map(String))]

async function graph(query: RemoteQueryFunction, entity: string, fields: string[], filters: Record<string, unknown>) {
  const { data } = await query.graph({ entity, fields, filters, withDeleted: true } as any)
  return data as Row[]
}

async function productsOfVariants(query: RemoteQueryFunction, variantIds: string[]) {
  if (!variantIds.length) return []
  return unique((await graph(query, "variant", ["product_id"], { id: variantIds })).map((v) => v.product_id))
}

async function productsOfInventoryItems(query: RemoteQueryFunction, itemIds: string[]) {
  if (!itemIds.length) return []
  const items = await graph(query, "inventory_item", ["id", "variants.product_id"], { id: unique(itemIds) })
  return unique(items.flatMap((item) => (item.variants ?? []).map((v: Row) => v?.product_id)))
}

const RESERVATION_CREATED = "reservation-item.created"

/**
 * Every order reserves stock, and a search document only says whether a product is in stock. A new reservation
 * only lowers an item's availability, so it can turn a product out of stock only where the item now has fewer units
 * than some variant takes per box; elsewhere the document stays as it is and the product is not rewritten (during a
 * festival rush that is most orders). Counted over all warehouses, as the document's `in_stock` is.
 */
async function productsOfItemsRunningShort(query: RemoteQueryFunction, itemIds: string[]) {
  if (!itemIds.length) return []
  const items = await graph(
    query,
    "inventory_item",
    ["id", "location_levels.stocked_quantity", "location_levels.reserved_quantity", "variant_link.required_quantity", "variant_link.variant.product_id"],
    { id: unique(itemIds) }
  )
  return unique(
    items.flatMap((item) => {
      const available = (item.location_levels ?? []).reduce(
        (sum: number, level: Row) => sum + Number(level.stocked_quantity ?? 0) - Number(level.reserved_quantity ?? 0),
        0
      )
      const links: Row[] = (item.variant_link ?? []).filter(Boolean)
      return links.filter((link) => available < Number(link.required_quantity ?? 1)).map((link) => link.variant?.product_id)
    })
  )
}

/** Maps an event about a product, variant, price, stock level, reservation, translation or category to product ids. */
export async function productIdsForEvent(event: Event, query: RemoteQueryFunction): Promise<string[]> {
  const is = (group: readonly string[]) => group.includes(event.name)
  if (is(PRODUCT_INDEX_EVENTS.products_named)) return unique(event.data?.product_ids ?? [])
  const recordIds = ids(event.data?.id)
  if (!recordIds.length) return []

  if (is(PRODUCT_INDEX_EVENTS.product)) return recordIds
  if (is(PRODUCT_INDEX_EVENTS.variant)) return productsOfVariants(query, recordIds)
  if (is(PRODUCT_INDEX_EVENTS.price)) {
    const prices = await graph(query, "price", ["price_set_id"], { id: recordIds })
    const priceSetIds = unique(prices.map((p) => p.price_set_id))
    if (!priceSetIds.length) return []
    const links = await graph(query, "product_variant_price_set", ["variant_id"], { price_set_id: priceSetIds })
    return productsOfVariants(query, unique(links.map((l) => l.variant_id)))
  }
  if (is(PRODUCT_INDEX_EVENTS.inventory_level)) {
    const levels = await graph(query, "inventory_level", ["inventory_item_id"], { id: recordIds })
    return productsOfInventoryItems(query, levels.map((l) => l.inventory_item_id))
  }
  if (is(PRODUCT_INDEX_EVENTS.reservation)) {
    const reservations = await graph(query, "reservation", ["inventory_item_id"], { id: recordIds })
    const itemIds = reservations.map((r) => r.inventory_item_id)
    return event.name === RESERVATION_CREATED
      ? productsOfItemsRunningShort(query, itemIds)
      : productsOfInventoryItems(query, itemIds)
  }
  if (is(PRODUCT_INDEX_EVENTS.translation)) {
    const rows = await graph(query, "translations", ["reference", "reference_id"], { id: recordIds })
    return unique(rows.filter((t) => t.reference === "product").map((t) => t.reference_id))
  }
  if (is(PRODUCT_INDEX_EVENTS.category)) {
    const categories = await graph(query, "product_category", ["products.id"], { id: recordIds })
    return unique(categories.flatMap((c) => (c.products ?? []).map((p: Row) => p?.id)))
  }
  return []
}
