/**
 * The storefront's cache tags of store API reads. The backend's storefront-revalidate subscriber posts these names to
 * the storefront's POST /api/revalidate.
 */
export type CacheTag = "products" | "categories" | "cooperatives" | "festival" | "regions" | "shipping"
