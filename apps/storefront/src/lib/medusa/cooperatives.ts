import type { StoreCooperativeResponse, StoreCooperativesResponse } from "@tarim/contracts"
import { cachedGet, isNotFound } from "./client"
import { TAGS } from "./tags"
import type { Cooperative, CooperativeProduct } from "./types"

type CooperativeDTO = StoreCooperativesResponse["cooperatives"][number] | StoreCooperativeResponse["cooperative"]

function toCooperative(c: CooperativeDTO, locale: string): Cooperative {
  const en = locale.startsWith("en")
  return {
    id: c.id,
    handle: c.handle,
    name: en ? c.name_en : c.name_zh,
    place: en ? c.place_en : c.place_zh,
    story: en ? c.story_en : c.story_zh,
    productCount: "product_count" in c ? c.product_count : c.products.length,
  }
}

export async function listCooperatives(locale: string): Promise<Cooperative[]> {
  const { cooperatives } = await cachedGet<StoreCooperativesResponse>("/store/cooperatives", {
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
    const { cooperative } = await cachedGet<StoreCooperativeResponse>(
      `/store/cooperatives/${encodeURIComponent(handle)}`,
      { tags: [TAGS.cooperatives, TAGS.products] }
    )
    const products = cooperative.products.map(({ id, handle, title, subtitle, thumbnail }) => ({ id, handle, title, subtitle, thumbnail }))
    return { cooperative: toCooperative(cooperative, locale), products }
  } catch (error) {
    if (isNotFound(error)) return null
    throw error
  }
}
