/**
 * The storefront's cache tags of store API reads. The backend's storefront-revalidate subscriber posts these names to
 * the storefront's POST /api/revalidate.
 */
export type CacheTag = "products" | "categories" | "cooperatives" | "festival" | "regions" | "shipping"

/**
 * At or under this many boxes left a variant shows "only N left" (仅剩 N 件) on cached pages. The storefront's
 * LOW_STOCK and the backend's SHOWN_LOW_STOCK are typed with it, so they cannot drift apart.
 */
export type LowStockLine = 10
