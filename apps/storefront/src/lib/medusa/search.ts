import { cachedGet } from "./client"
import { TAGS } from "./tags"
import { toStoreQuery } from "./search-params"
import type { StoreSearchProductsResponse } from "@tarim/contracts"
import type { SearchResult, SearchState } from "./types"

export { parseSearchParams, toSearchParams } from "./search-params"

/** Maps the store search route's answer to the storefront's SearchResult. */
export function toSearchResult(dto: StoreSearchProductsResponse): SearchResult {
  const f = dto.facets
  return {
    query: dto.query,
    count: dto.count,
    page: dto.page,
    pageCount: dto.page_count,
    typoFallback: dto.typo_fallback,
    hits: dto.hits.map((h) => ({
      id: h.id,
      handle: h.handle,
      title: h.title,
      subtitle: h.subtitle,
      thumbnail: h.thumbnail,
      category: h.category?.label ?? null,
      cooperative: h.cooperative?.label ?? null,
      origin: h.origin?.label ?? null,
      minPrice: h.price.min,
      currencyCode: h.price.currency_code,
      inStock: h.in_stock,
      festival: h.festival,
      highlight: h.highlight,
    })),
    facets: {
      category: f?.category ?? [],
      cooperative: f?.cooperative ?? [],
      origin: f?.origin ?? [],
      price: f?.price ?? [],
      inStock: f?.in_stock.find((s) => s.value)?.count ?? 0,
    },
  }
}

/** One page of product search results with facets, in the shop language of `locale` (cached a minute, tagged products). */
export async function searchProducts(state: SearchState, locale: string): Promise<SearchResult> {
  const dto = await cachedGet<StoreSearchProductsResponse>("/store/search/products", {
    query: toStoreQuery(state),
    tags: [TAGS.products],
    locale,
    revalidate: 60,
  })
  return toSearchResult(dto)
}
