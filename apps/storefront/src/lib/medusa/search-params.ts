// The search page's URL ⇄ SearchState ⇄ store search route parameters: pure, so the browser can use it too.
import type { SearchSort, SearchState } from "./types"

/** The store search route's limits (apps/backend/src/api/store/search/products/validators.ts). */
export const MAX_QUERY_LENGTH = 200
export const MAX_PAGE = 500
export const SEARCH_PAGE_SIZE = 20
export const SEARCH_SORTS: readonly SearchSort[] = ["relevance", "price_asc", "price_desc", "newest"]

type Params = URLSearchParams | Record<string, string | string[] | undefined>

const all = (params: Params, key: string): string[] => {
  const raw = params instanceof URLSearchParams ? params.getAll(key) : params[key]
  return raw === undefined ? [] : Array.isArray(raw) ? raw : [raw]
}
const first = (params: Params, key: string): string => all(params, key)[0] ?? ""
/** Repeated and comma-separated values, trimmed, without blanks or repeats. */
const list = (params: Params, key: string): string[] => [
  ...new Set(all(params, key).flatMap((v) => v.split(",")).map((v) => v.trim()).filter(Boolean)),
].slice(0, 20)

/** "50-100" → 50…100 yuan, "200-" → 200 and up; null when it is not a price bucket key. */
export function parsePriceKey(key: string | null | undefined): { from: number; to: number | null } | null {
  const m = key?.match(/^(\d{1,7})-(\d{1,7})?$/)
  if (!m) return null
  const from = Number(m[1])
  const to = m[2] === undefined ? null : Number(m[2])
  return to === null || to > from ? { from, to } : null
}

/** Reads the search page's URL (`?q=苹果&category=apples&price=50-100&in_stock=1&sort=newest&page=2`); bad values fall back. */
export function parseSearchParams(params: Params): SearchState {
  const sort = first(params, "sort") as SearchSort
  const page = Number(first(params, "page"))
  const price = first(params, "price")
  return {
    q: first(params, "q").trim().slice(0, MAX_QUERY_LENGTH),
    category: list(params, "category"),
    cooperative: list(params, "cooperative"),
    origin: list(params, "origin"),
    price: parsePriceKey(price) ? price : null,
    inStock: ["1", "true"].includes(first(params, "in_stock")),
    sort: SEARCH_SORTS.includes(sort) ? sort : "relevance",
    page: Number.isInteger(page) && page >= 1 ? Math.min(page, MAX_PAGE) : 1,
  }
}

/** The search page's URL parameters for `state`, defaults left out so links stay short. */
export function toSearchParams(state: SearchState): URLSearchParams {
  const out = new URLSearchParams()
  if (state.q) out.set("q", state.q)
  for (const key of ["category", "cooperative", "origin"] as const) for (const v of state[key]) out.append(key, v)
  if (state.price) out.set("price", state.price)
  if (state.inStock) out.set("in_stock", "1")
  if (state.sort !== "relevance") out.set("sort", state.sort)
  if (state.page > 1) out.set("page", String(state.page))
  return out
}

/**
 * GET /store/search/products parameters for `state`. A price bucket's upper bound is exclusive and the route's
 * price_max inclusive, so the bucket ends a fen below it (prices are whole fen).
 */
export function toStoreQuery(state: SearchState): Record<string, string | number> {
  const price = parsePriceKey(state.price)
  return {
    ...(state.q ? { q: state.q } : {}),
    ...(state.category.length ? { category: state.category.join(",") } : {}),
    ...(state.cooperative.length ? { cooperative: state.cooperative.join(",") } : {}),
    ...(state.origin.length ? { origin: state.origin.join(",") } : {}),
    ...(price ? { price_min: price.from } : {}),
    ...(price?.to != null ? { price_max: price.to - 0.01 } : {}),
    ...(state.inStock ? { in_stock: "true" } : {}),
    sort: state.sort,
    page: state.page,
    limit: SEARCH_PAGE_SIZE,
  }
}
