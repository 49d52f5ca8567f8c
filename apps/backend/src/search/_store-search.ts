import type { MedusaContainer, SearchTypes } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import type { FacetValue, StoreSearchHit, StoreSearchProductsResponse } from "@tarim/contracts"
import type { StoreSearchProductsParamsType } from "../api/store/search/products/validators"
import { segmentQuery } from "./_cjk"
import { facetLabels, type Label } from "./_facet-labels"
import { highlightParts } from "./_highlight"

/** Price buckets of the price facet, in CNY; `to` is exclusive. */
export const PRICE_RANGES = [
  { key: "0-50", from: 0, to: 50 },
  { key: "50-100", from: 50, to: 100 },
  { key: "100-200", from: 100, to: 200 },
  { key: "200-", from: 200 },
]

const SORT_ORDER: Record<StoreSearchProductsParamsType["sort"], Record<string, "ASC" | "DESC"> | undefined> = {
  relevance: undefined,
  price_asc: { price_min: "ASC" },
  price_desc: { price_min: "DESC" },
  newest: { created_at: "DESC" },
}

const HIT_FIELDS = [
  "id", "handle", "thumbnail", "title_zh", "title_en", "subtitle_zh", "subtitle_en", "category_handle",
  "cooperative_handle", "origin_zh", "price_min", "price_max", "in_stock", "weights_g", "festival", "created_at",
]

function filtersFor(p: StoreSearchProductsParamsType, salesChannelIds: string[]): SearchTypes.SearchFilters {
  const filters: SearchTypes.SearchFilters = { status: "published", sales_channel_ids: salesChannelIds }
  if (p.category?.length) filters.category_handle = p.category
  if (p.cooperative?.length) filters.cooperative_handle = p.cooperative
  if (p.origin?.length) filters.origin_zh = p.origin
  if (p.in_stock !== undefined) filters.in_stock = p.in_stock
  if (p.festival !== undefined) filters.festival = p.festival
  if (p.price_min !== undefined || p.price_max !== undefined) {
    filters.price_min = {
      ...(p.price_min !== undefined ? { $gte: p.price_min } : {}),
      ...(p.price_max !== undefined ? { $lte: p.price_max } : {}),
    }
  }
  return filters
}

const labelOf = (labels: Map<string, Label>, value: string, locale: "zh" | "en") =>
  labels.get(value)?.[locale] ?? value

/**
 * Runs a storefront product search on the Search Module's `product` index, whichever provider holds it.
 * On Postgres the query's Chinese is cut into the bigrams the index holds (see src/search/_cjk.ts), and a
 * query with Latin words that finds nothing is retried once with typo tolerance (a trigram scan, so not the
 * default path). Facets are disjunctive: a chosen category still shows the counts of the other categories.
 */
export async function searchProducts(
  scope: MedusaContainer,
  p: StoreSearchProductsParamsType,
  salesChannelIds: string[]
): Promise<StoreSearchProductsResponse> {
  const search = scope.resolve(Modules.SEARCH)
  const provider = search.getIndex("product").provider
  const q = p.q ?? ""
  const engineQ = provider === "search-postgres" ? segmentQuery(q) : q
  // On Postgres "last" makes the last word a prefix (typing "jujub" finds jujubes). Chinese is already indexed as
  // every unigram and bigram, so a query ending in Han matches whole tokens and skips the prefix recheck.
  const matchStrategy = provider === "search-postgres" && /\p{Script=Han}$/u.test(q) ? "all" : "last"

  const run = (typo: boolean) =>
    search.search({
      entity: "product",
      fields: HIT_FIELDS,
      filters: { ...filtersFor(p, salesChannelIds), ...(engineQ ? { q: engineQ } : {}) },
      pagination: { skip: (p.page - 1) * p.limit, take: p.limit, order: SORT_ORDER[p.sort] },
      search_options: {
        match_strategy: matchStrategy,
        ...(typo ? { typo_tolerance: true } : {}),
        ...(p.facets
          ? {
              disjunctive_facets: true,
              facets: [
                { field: "category_handle", limit: 50 },
                { field: "cooperative_handle", limit: 50 },
                { field: "origin_zh", limit: 50 },
                "in_stock",
                { field: "price_min", type: "range", ranges: PRICE_RANGES },
              ],
            }
          : {}),
      },
    })

  let result = await run(false)
  let typoFallback = false
  if (provider === "search-postgres" && result.metadata.count === 0 && /[a-z]{4,}/i.test(q)) {
    result = await run(true)
    typoFallback = true
  }

  const labels = await facetLabels(scope)
  const locale = p.locale
  const count = result.metadata.count ?? 0
  const hits = result.hits.map(({ id, document: d }): StoreSearchHit => {
    const doc = d as Record<string, any>
    const title = (locale === "en" && doc.title_en) || doc.title_zh
    const subtitle = (locale === "en" && doc.subtitle_en) || doc.subtitle_zh || null
    const category = (doc.category_handle ?? [])[0]
    return {
      id,
      handle: doc.handle,
      title,
      subtitle,
      thumbnail: doc.thumbnail ?? null,
      category: category ? { value: category, label: labelOf(labels.category, category, locale) } : null,
      cooperative: doc.cooperative_handle
        ? { value: doc.cooperative_handle, label: labelOf(labels.cooperative, doc.cooperative_handle, locale) }
        : null,
      origin: doc.origin_zh ? { value: doc.origin_zh, label: labelOf(labels.origin, doc.origin_zh, locale) } : null,
      price: { min: doc.price_min ?? null, max: doc.price_max ?? null, currency_code: "cny" },
      in_stock: !!doc.in_stock,
      weights_g: doc.weights_g ?? [],
      festival: !!doc.festival,
      highlight: { title: highlightParts(title, q), subtitle: highlightParts(subtitle, q) },
    }
  })

  const valueFacet = (field: string, labelMap: Map<string, Label>): FacetValue[] => {
    const facet = result.facets?.[field]
    return facet?.type === "value"
      ? facet.values.map((v) => ({ value: v.value, label: labelOf(labelMap, v.value, locale), count: v.count }))
      : []
  }
  const stock = result.facets?.in_stock
  const price = result.facets?.price_min

  return {
    query: q,
    locale,
    sort: p.sort,
    page: p.page,
    limit: p.limit,
    count,
    page_count: Math.ceil(count / p.limit),
    typo_fallback: typoFallback,
    hits,
    facets: p.facets
      ? {
          category: valueFacet("category_handle", labels.category),
          cooperative: valueFacet("cooperative_handle", labels.cooperative),
          origin: valueFacet("origin_zh", labels.origin),
          in_stock:
            stock?.type === "value" ? stock.values.map((v) => ({ value: String(v.value) === "true", count: v.count })) : [],
          price:
            price?.type === "range"
              ? price.ranges.map((r) => ({
                  key: r.key,
                  from: Number(r.from ?? 0),
                  to: r.to === undefined ? null : Number(r.to),
                  count: r.count,
                }))
              : [],
        }
      : null,
  }
}
