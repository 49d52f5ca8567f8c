import { cachedGet } from "./client"
import { TAGS } from "./tags"
import type { Category } from "./types"

type CategoryDTO = { id: string; handle: string; name: string; rank: number | null; metadata?: { name_en?: string } | null }

/** The shop's active categories in rank order, names in `locale` (Translation Module, metadata as fallback). */
export async function listCategories(locale: string): Promise<Category[]> {
  const { product_categories } = await cachedGet<{ product_categories: CategoryDTO[] }>("/store/product-categories", {
    query: { fields: "id,handle,name,rank,metadata", limit: 50 },
    tags: [TAGS.categories],
    locale,
  })
  return product_categories
    .map((c) => ({
      id: c.id,
      handle: c.handle,
      name: locale.startsWith("en") && c.metadata?.name_en && /\p{Script=Han}/u.test(c.name) ? c.metadata.name_en : c.name,
      rank: c.rank ?? 0,
    }))
    .sort((a, b) => a.rank - b.rank)
}

export async function getCategory(handle: string, locale: string): Promise<Category | null> {
  return (await listCategories(locale)).find((c) => c.handle === handle) ?? null
}
