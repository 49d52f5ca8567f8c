import type { SearchTypes } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { toMeilisearchFilter } from "./filters"

type Input = SearchTypes.ProviderSearchQuery
type FacetRequest = Exclude<SearchTypes.SearchFacetRequest, string>
type RangeFacet = Extract<FacetRequest, { type: "range" }>

/** One entry of a POST /multi-search body. */
export type MeilisearchQuery = Record<string, unknown> & { indexUid: string }

/** A search response as Meilisearch returns it (only what this provider reads). */
export type MeilisearchResponse = {
  hits: Record<string, any>[]
  query?: string
  processingTimeMs?: number
  estimatedTotalHits?: number
  totalHits?: number
  facetDistribution?: Record<string, Record<string, number>>
  facetStats?: Record<string, { min: number; max: number }>
}

/** The engine queries one provider query needs, and how to turn their responses back into a result. */
export type CompiledQuery = {
  queries: MeilisearchQuery[]
  assemble: (responses: MeilisearchResponse[]) => SearchTypes.SearchResult
}

function fail(message: string): never {
  throw new MedusaError(MedusaError.Types.NOT_ALLOWED, message)
}

/** `all` and `last` (typeahead) are both Meilisearch's "all": it always treats the last word as a prefix. */
const MATCHING = { all: "all", last: "all", any: "last" } as const

function rangeFilter(field: string, range: RangeFacet["ranges"][number]): string {
  const parts: string[] = []
  if (range.from !== undefined) parts.push(`${field} >= ${Number(range.from)}`)
  if (range.to !== undefined) parts.push(`${field} < ${Number(range.to)}`)
  return parts.join(" AND ")
}

const and = (...parts: (string | undefined)[]) => {
  const present = parts.filter(Boolean) as string[]
  return present.length ? present.map((p) => `(${p})`).join(" AND ") : undefined
}

function valueFacet(request: FacetRequest, distribution: Record<string, number> = {}): SearchTypes.SearchFacetResult {
  let values = Object.entries(distribution).map(([value, count]) => ({ value, count }))
  if (request.type === undefined || request.type === "value") {
    if (request.query) values = values.filter((v) => v.value.toLowerCase().includes(request.query!.toLowerCase()))
    values.sort(request.sort === "alpha" ? (a, b) => a.value.localeCompare(b.value) : (a, b) => b.count - a.count)
    if (request.limit) values = values.slice(0, request.limit)
  }
  return { type: "value", values }
}

/** Compiles one provider query into Meilisearch multi-search queries: the hits query plus one per range bucket. */
export function compileQuery(input: Input): CompiledQuery {
  const options = input.search_options ?? {}
  if (options.vector) fail("The meilisearch provider does not support vector search")
  if (input.pagination?.cursor !== undefined) fail("The meilisearch provider does not support cursor pagination")
  if (options.typo_tolerance === false) {
    fail("Meilisearch applies the index's typo tolerance to every query; it cannot be switched off per query")
  }
  const indexUid = input.index.physical_name
  const filter = toMeilisearchFilter(input.filters, input.index)
  const skip = input.pagination?.skip ?? 0
  const take = input.pagination?.take ?? 20
  const facets = (options.facets ?? []).map((f) => (typeof f === "string" ? { field: f, type: "value" as const } : f))
  const rangeFacets = facets.filter((f): f is RangeFacet => f.type === "range")
  const listFacets = [...new Set(facets.filter((f) => f.type !== "range").map((f) => f.field))]

  const sort = Object.entries(input.pagination?.order ?? {})
    .filter(([field]) => field !== "_score")
    .map(([field, dir]) => `${field}:${dir === "ASC" ? "asc" : "desc"}`)
  const highlight = options.highlight && input.q?.trim() ? options.highlight : undefined
  const highlightFields = highlight === true ? ["*"] : highlight ? highlight.fields : undefined
  const snippet = highlight && highlight !== true ? highlight.snippet : undefined

  const main: MeilisearchQuery = {
    indexUid,
    q: input.q ?? "",
    offset: skip,
    limit: take,
    attributesToRetrieve: input.attributes_to_retrieve,
    ...(filter ? { filter } : {}),
    ...(sort.length ? { sort } : {}),
    ...(listFacets.length ? { facets: listFacets } : {}),
    ...(options.match_strategy ? { matchingStrategy: MATCHING[options.match_strategy] } : {}),
    ...(options.attributes_to_search_on ? { attributesToSearchOn: options.attributes_to_search_on } : {}),
    ...(options.include_score ? { showRankingScore: true } : {}),
    ...(options.min_score !== undefined ? { rankingScoreThreshold: options.min_score } : {}),
    ...(options.distinct ? { distinct: options.distinct } : {}),
    ...(options.locales?.length ? { locales: options.locales } : {}),
    ...(highlightFields
      ? {
          attributesToHighlight: highlightFields,
          highlightPreTag: (highlight !== true && highlight?.pre_tag) || "<mark>",
          highlightPostTag: (highlight !== true && highlight?.post_tag) || "</mark>",
        }
      : {}),
    ...(snippet ? { attributesToCrop: highlightFields, cropLength: snippet === true ? 10 : snippet.length } : {}),
  }
  const bucketQueries: MeilisearchQuery[] = rangeFacets.flatMap((facet) =>
    facet.ranges.map((range) => ({
      indexUid,
      q: input.q ?? "",
      limit: 0,
      ...(options.match_strategy ? { matchingStrategy: MATCHING[options.match_strategy] } : {}),
      filter: and(filter, rangeFilter(facet.field, range)),
    }))
  )

  return {
    queries: [main, ...bucketQueries],
    assemble: ([response, ...buckets]) => {
      const result: SearchTypes.SearchResult = {
        hits: response.hits.map((hit) => {
          const { _formatted, _rankingScore, _matchesPosition, ...document } = hit
          return {
            id: String(document[input.index.primary_key]),
            ...(options.include_score ? { score: _rankingScore } : {}),
            document,
            ...(highlightFields && _formatted ? { highlights: formattedHighlights(_formatted, highlightFields) } : {}),
          }
        }),
        metadata: {
          skip,
          take,
          count: options.count === "none" ? null : response.totalHits ?? response.estimatedTotalHits ?? null,
          query: input.q,
          processing_time_ms: response.processingTimeMs,
        },
      }
      if (facets.length) {
        result.facets = {}
        let b = 0
        for (const facet of facets) {
          if (facet.type === "range") {
            result.facets[facet.field] = {
              type: "range",
              ranges: facet.ranges.map((range) => ({
                key: range.key ?? `${range.from ?? "*"}-${range.to ?? "*"}`,
                from: range.from,
                to: range.to,
                count: buckets[b++]?.estimatedTotalHits ?? 0,
              })),
            }
          } else if (facet.type === "stats") {
            const stats = response.facetStats?.[facet.field]
            const count = response.estimatedTotalHits ?? 0
            result.facets[facet.field] = { type: "stats", min: stats?.min ?? 0, max: stats?.max ?? 0, count }
          } else {
            result.facets[facet.field] = valueFacet(facet, response.facetDistribution?.[facet.field])
          }
        }
      }
      return result
    },
  }
}

function formattedHighlights(formatted: Record<string, unknown>, fields: string[]): Record<string, string[]> {
  const keys = fields.includes("*") ? Object.keys(formatted) : fields
  const out: Record<string, string[]> = {}
  for (const key of keys) {
    const value = formatted[key]
    if (value === undefined || value === null) continue
    out[key] = (Array.isArray(value) ? value : [value]).map(String)
  }
  return out
}
