/** A piece of a hit's title or subtitle; `match` pieces are what the query matched. */
export type HighlightPart = { text: string; match: boolean }

export type SearchSort = "relevance" | "price_asc" | "price_desc" | "newest"

export type FacetValue = { value: string; label: string; count: number }

export type StoreSearchHit = {
  id: string
  handle: string
  title: string
  subtitle: string | null
  thumbnail: string | null
  category: { value: string; label: string } | null
  cooperative: { value: string; label: string } | null
  origin: { value: string; label: string } | null
  price: { min: number | null; max: number | null; currency_code: "cny" }
  in_stock: boolean
  weights_g: number[]
  festival: boolean
  highlight: { title: HighlightPart[]; subtitle: HighlightPart[] }
}

/** GET /store/search/products. */
export type StoreSearchProductsResponse = {
  query: string
  locale: "zh" | "en"
  sort: SearchSort
  page: number
  limit: number
  count: number
  page_count: number
  typo_fallback: boolean
  hits: StoreSearchHit[]
  facets: {
    category: FacetValue[]
    cooperative: FacetValue[]
    origin: FacetValue[]
    in_stock: { value: boolean; count: number }[]
    price: { key: string; from: number; to: number | null; count: number }[]
  } | null
}
