import { cachedGet, isNotFound } from "./client"
import { TAGS } from "./tags"
import type { Cooperative, CooperativeProduct } from "./types"

type CooperativeDTO = {
  id: string
  handle: string
  name_zh: string
  name_en: string
  place_zh: string
  place_en: string
  story_zh: string
  story_en: string
  product_count?: number
  products?: { id: string; handle: string; title: string; subtitle: string | null; thumbnail: string | null }[]
}

function toCooperative(c: CooperativeDTO, locale: string): Cooperative {
  const en = locale.startsWith("en")
  return {
    id: c.id,
    handle: c.handle,
    name: en ? c.name_en : c.name_zh,
    place: en ? c.place_en : c.place_zh,
    story: en ? c.story_en : c.story_zh,
    productCount: c.product_count ?? c.products?.length ?? 0,
  }
}

export async function listCooperatives(locale: string): Promise<Cooperative[]> {
  const { cooperatives } = await cachedGet<{ cooperatives: CooperativeDTO[] }>("/store/cooperatives", {
    query: { limit: 50 },
    tags: [TAGS.cooperatives],
  })
  return cooperatives.map((c) => toCooperative(c, locale))
}

/** A cooperative and the handles of its published products, or null for an unknown handle. */
export async function getCooperative(
  handle: string,
  locale: string
): Promise<{ cooperative: Cooperative; products: CooperativeProduct[] } | null> {
  try {
    const { cooperative } = await cachedGet<{ cooperative: CooperativeDTO }>(
      `/store/cooperatives/${encodeURIComponent(handle)}`,
      { tags: [TAGS.cooperatives, TAGS.products] }
    )
    return { cooperative: toCooperative(cooperative, locale), products: cooperative.products ?? [] }
  } catch (error) {
    if (isNotFound(error)) return null
    throw error
  }
}
