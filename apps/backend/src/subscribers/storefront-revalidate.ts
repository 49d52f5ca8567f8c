import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import type { CacheTag } from "@tarim/contracts"
import { COOPERATIVE_EVENTS, FESTIVAL_EVENTS, ORDER_EVENTS } from "../lib/events"
import { STOREFRONT_MODULE } from "../modules/storefront"
import type StorefrontModuleService from "../modules/storefront/service"

/** Which storefront cache tags each event makes stale. Stock and prices show on product pages: "products". */
export const STOREFRONT_TAGS_BY_EVENT: Record<string, CacheTag[]> = {
  "product.created": ["products", "cooperatives"],
  "product.updated": ["products", "cooperatives"],
  "product.deleted": ["products", "cooperatives"],
  "product-variant.created": ["products"],
  "product-variant.updated": ["products"],
  "product-variant.deleted": ["products"],
  "inventory-level.created": ["products"],
  "inventory-level.updated": ["products"],
  "inventory-level.deleted": ["products"],
  "reservation-item.created": ["products"],
  "reservation-item.updated": ["products"],
  "reservation-item.deleted": ["products"],
  "pricing.price.created": ["products"],
  "pricing.price.updated": ["products"],
  "pricing.price.deleted": ["products"],
  "pricing.price-list.created": ["products"],
  "pricing.price-list.updated": ["products"],
  "pricing.price-list.deleted": ["products"],
  "product-category.created": ["categories"],
  "product-category.updated": ["categories"],
  "product-category.deleted": ["categories"],
  [ORDER_EVENTS.weightsRecorded]: ["festival"],
  "translation.created": ["products", "categories"],
  "translation.updated": ["products", "categories"],
  ...Object.fromEntries(Object.values(COOPERATIVE_EVENTS).map((name) => [name, ["cooperatives", "products"]])),
  ...Object.fromEntries(Object.values(FESTIVAL_EVENTS).map((name) => [name, ["festival", "products"]])),
}

/** Tells the storefront which cached reads are stale when products, prices or stock change (see the storefront module). */
export default async function storefrontRevalidate({ event, container }: SubscriberArgs<unknown>) {
  const tags = STOREFRONT_TAGS_BY_EVENT[event.name]
  if (!tags) return
  const storefront: StorefrontModuleService = container.resolve(STOREFRONT_MODULE)
  await storefront.revalidate(tags, event.name)
}

export const config: SubscriberConfig = {
  event: Object.keys(STOREFRONT_TAGS_BY_EVENT),
}
