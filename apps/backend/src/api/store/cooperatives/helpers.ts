import type { StoreCooperativeFields, StoreCooperativeProduct } from "@tarim/contracts"

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
] as const satisfies readonly (keyof StoreCooperativeFields)[]

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

type StoredProduct = Omit<StoreCooperativeProduct, "variants"> & {
  status?: string
  variants?: Array<{ id: string; title: string; weight?: number | null } | null> | null
}
type StoredCooperative = StoreCooperativeFields & { products?: Array<StoredProduct | null> | null }

/** A cooperative's public fields, picked one by one (contact details stay in the admin). */
export function cooperativeFields(c: StoreCooperativeFields): StoreCooperativeFields {
  return {
    id: c.id,
    handle: c.handle,
    name_zh: c.name_zh,
    name_en: c.name_en,
    place_zh: c.place_zh,
    place_en: c.place_en,
    story_zh: c.story_zh,
    story_en: c.story_en,
  }
}

/** Only published products are for sale; drafts stay in the admin. */
export function publishedProducts(cooperative: StoredCooperative): StoredProduct[] {
  return (cooperative.products ?? []).filter((p): p is StoredProduct => p?.status === "published")
}

/** A published product as the cooperative page lists it. */
export function presentCooperativeProduct(p: StoredProduct): StoreCooperativeProduct {
  return {
    id: p.id,
    handle: p.handle,
    title: p.title,
    subtitle: p.subtitle ?? null,
    thumbnail: p.thumbnail ?? null,
    variants: (p.variants ?? []).flatMap((v) => (v ? [{ id: v.id, title: v.title, weight: v.weight ?? null }] : [])),
  }
}
