import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { InventoryEvents, InventoryLevelWorkflowEvents, ReservationItemWorkflowEvents } from "@medusajs/framework/utils"
import type { CacheTag } from "@tarim/contracts"
import { COOPERATIVE_EVENTS, FESTIVAL_EVENTS } from "../lib/events"
import { readShownStock } from "../lib/shown-stock"
import { STOREFRONT_MODULE } from "../modules/storefront"
import type StorefrontModuleService from "../modules/storefront/service"

/**
 * Which storefront cache tags each event makes stale. Prices and texts show on product pages: "products". Orders
 * stale nothing: the festival bar polls its own endpoint, and stock goes through STOCK_EVENTS.
 */
export const STOREFRONT_TAGS_BY_EVENT: Record<string, CacheTag[]> = {
  "product.created": ["products", "cooperatives"],
  "product.updated": ["products", "cooperatives"],
  "product.deleted": ["products", "cooperatives"],
  "product-variant.created": ["products"],
  "product-variant.updated": ["products"],
  "product-variant.deleted": ["products"],
  "pricing.price.created": ["products"],
  "pricing.price.updated": ["products"],
  "pricing.price.deleted": ["products"],
  "pricing.price-list.created": ["products"],
  "pricing.price-list.updated": ["products"],
  "pricing.price-list.deleted": ["products"],
  "product-category.created": ["categories"],
  "product-category.updated": ["categories"],
  "product-category.deleted": ["categories"],
  "translation.created": ["products", "categories"],
  "translation.updated": ["products", "categories"],
  ...Object.fromEntries(Object.values(COOPERATIVE_EVENTS).map((name) => [name, ["cooperatives", "products"]])),
  ...Object.fromEntries(Object.values(FESTIVAL_EVENTS).map((name) => [name, ["festival", "products"]])),
}

/**
 * Events that move stock. Every order reserves some, but pages change only when a variant's shown stock does (in
 * stock → only N left → sold out): a burst of these events is checked once, and "products" is revalidated only if
 * some variant shows differently from the last check (the storefront module's `stockMoved`).
 */
export const STOCK_EVENTS: string[] = [
  // The Inventory Module's own events: a cart's completion reserves through the module, never through a workflow
  // that emits the workflow events below (the names without "inventory.").
  InventoryEvents.INVENTORY_LEVEL_CREATED,
  InventoryEvents.INVENTORY_LEVEL_UPDATED,
  InventoryEvents.INVENTORY_LEVEL_DELETED,
  InventoryEvents.RESERVATION_ITEM_CREATED,
  InventoryEvents.RESERVATION_ITEM_UPDATED,
  InventoryEvents.RESERVATION_ITEM_DELETED,
  ...Object.values(InventoryLevelWorkflowEvents),
  ...Object.values(ReservationItemWorkflowEvents),
]

/** Tells the storefront which cached reads are stale when products, prices or stock change (see the storefront module). */
export default async function storefrontRevalidate({ event, container }: SubscriberArgs<unknown>) {
  const storefront: StorefrontModuleService = container.resolve(STOREFRONT_MODULE)
  if (STOCK_EVENTS.includes(event.name)) return storefront.stockMoved(() => readShownStock(container))
  const tags = STOREFRONT_TAGS_BY_EVENT[event.name]
  if (!tags) return
  await storefront.revalidate(tags, event.name)
}

export const config: SubscriberConfig = {
  event: [...Object.keys(STOREFRONT_TAGS_BY_EVENT), ...STOCK_EVENTS],
}
