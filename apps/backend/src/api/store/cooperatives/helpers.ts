/** Public fields of a cooperative: no contact details. */
export const STORE_COOPERATIVE_FIELDS = [
  "id",
  "handle",
  "name_zh",
  "name_en",
  "place_zh",
  "place_en",
  "story_zh",
  "story_en",
]

export const STORE_COOPERATIVE_PRODUCT_FIELDS = [
  "products.id",
  "products.handle",
  "products.title",
  "products.subtitle",
  "products.thumbnail",
  "products.status",
  "products.variants.id",
  "products.variants.title",
  "products.variants.weight",
]

type WithProducts = { products?: Array<{ status?: string } | null> | null }

/** Only published products are for sale; drafts stay in the admin. */
export function publishedOnly<T extends WithProducts>(cooperative: T): T {
  return { ...cooperative, products: (cooperative.products ?? []).filter((p) => p?.status === "published") }
}
