import type { CacheTag } from "@tarim/contracts"

/** Cache tags of the store API reads (@tarim/contracts' CacheTag): the backend's subscriber posts these names. */
export const TAGS = {
  products: "products",
  categories: "categories",
  cooperatives: "cooperatives",
  festival: "festival",
  regions: "regions",
  shipping: "shipping",
} as const satisfies { [K in CacheTag]: K }

export const ALL_TAGS: readonly CacheTag[] = Object.values(TAGS)

export function isCacheTag(name: string): name is CacheTag {
  return (ALL_TAGS as readonly string[]).includes(name)
}
