import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/**
 * Which storefront cache tags (apps/storefront/src/lib/medusa/tags.ts) each event makes stale. Stock and prices
 * show on product pages, so they refresh "products".
 */
export const STOREFRONT_TAGS_BY_EVENT: Record<string, string[]> = {
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
  "order.placed": ["festival"],
  "translation.created": ["products", "categories"],
  "translation.updated": ["products", "categories"],
}

/**
 * Tells the storefront (POST {STOREFRONT_URL}/api/revalidate with x-revalidate-secret) which cached reads are stale
 * when products, prices or stock change, so admin edits show within seconds. Does nothing unless both
 * STOREFRONT_URL and REVALIDATE_SECRET are set.
 */
export default async function storefrontRevalidate({ event, container }: SubscriberArgs<unknown>) {
  const url = process.env.STOREFRONT_URL
  const secret = process.env.REVALIDATE_SECRET
  const tags = STOREFRONT_TAGS_BY_EVENT[event.name]
  if (!url || !secret || !tags) return
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  try {
    const res = await fetch(`${url.replace(/\/$/, "")}/api/revalidate`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-revalidate-secret": secret },
      body: JSON.stringify({ tags }),
      signal: AbortSignal.timeout(5000),
    })
    if (!res.ok) logger.warn(`Storefront revalidation for ${event.name} answered ${res.status} (${url})`)
  } catch (error) {
    logger.warn(`Storefront revalidation for ${event.name} failed (${url}): ${(error as Error).message}`)
  }
}

export const config: SubscriberConfig = {
  event: Object.keys(STOREFRONT_TAGS_BY_EVENT),
}
