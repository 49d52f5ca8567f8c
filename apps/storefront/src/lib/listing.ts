/**
 * Listing views (sort and page) as paths. The shop's listings are cached HTML, and a page that reads its query string
 * cannot be: so the proxy turns /products?sort=price_asc&page=2 into the cached page /listing/products/price_asc/2
 * (and /categories/jujubes into /listing/categories/jujubes/newest/1). Shoppers' URLs keep their query strings.
 */

export type SortKey = "newest" | "price_asc" | "price_desc"
export const SORT_KEYS: readonly SortKey[] = ["newest", "price_asc", "price_desc"]

/** Listings have a dozen boxes a page; a higher page number than this is not a page anyone reaches. */
const MAX_PAGE = 99

/** A listing view from what a URL says, anything unknown falling back to newest first, page 1. */
export function listingView(sort: string | null | undefined, page: string | null | undefined): { sort: SortKey; page: number } {
  const key = SORT_KEYS.includes(sort as SortKey) ? (sort as SortKey) : "newest"
  const n = Math.floor(Number(page))
  return { sort: key, page: Number.isFinite(n) && n >= 1 && n <= MAX_PAGE ? n : 1 }
}

const LISTING = /^(\/[^/]+)?\/(products|categories\/[^/]+)\/?$/

/**
 * The internal path of a listing (`pathname` as routed, with its locale segment), or null for any other page:
 * ("/zh-CN/products", "?sort=price_asc&page=2") → "/zh-CN/listing/products/price_asc/2".
 */
export function listingRewrite(pathname: string, search: URLSearchParams): string | null {
  const match = LISTING.exec(pathname)
  if (!match) return null
  const { sort, page } = listingView(search.get("sort"), search.get("page"))
  return `${match[1] ?? ""}/listing/${match[2]}/${sort}/${page}`
}
