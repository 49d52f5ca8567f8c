/**
 * Cache tags of the store API reads. The backend's storefront-revalidate subscriber posts these names to
 * POST /api/revalidate; keep both lists in step.
 */
export const TAGS = {
  products: "products",
  categories: "categories",
  cooperatives: "cooperatives",
  festival: "festival",
  regions: "regions",
  shipping: "shipping",
} as const

export type CacheTag = (typeof TAGS)[keyof typeof TAGS]

export const ALL_TAGS: readonly string[] = Object.values(TAGS)
