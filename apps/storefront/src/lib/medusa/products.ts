import type { SortKey } from "@/lib/listing"
import { cachedGet, isNotFound } from "./client"
import { getRegion } from "./regions"
import { TAGS } from "./tags"
import type { LowStockLine, StoreProductContentsResponse } from "@tarim/contracts"
import type { BoxContents, Product, ProduceFacts, StockState, Variant } from "./types"

/** At or below this many units a variant shows "only a few left" (the backend revalidates pages on the same line). */
export const LOW_STOCK: LowStockLine = 10

const PRODUCT_FIELDS = [
  "id",
  "handle",
  "title",
  "subtitle",
  "description",
  "thumbnail",
  "created_at",
  "*images",
  "*categories",
  "*variants",
  "+variants.weight",
  "+variants.inventory_quantity",
  "*variants.calculated_price",
  "*variants.presale",
  "*produce_facts",
  "*cooperative",
].join(",")

type PriceDTO = { calculated_amount: number | null; original_amount?: number | null; currency_code: string | null } | null
type VariantDTO = {
  id: string
  title: string
  weight: number | null
  manage_inventory?: boolean
  allow_backorder?: boolean
  inventory_quantity?: number | null
  calculated_price?: PriceDTO
  presale?: { ships_on: string } | null
}
type FactsDTO = {
  origin_zh: string
  origin_en: string
  grade: ProduceFacts["grade"]
  harvest_from_month: number
  harvest_to_month: number
  storage_zh: string
  storage_en: string
  shelf_life_days: number
  cold_chain: boolean
}
type CoopDTO = { handle: string; name_zh: string; name_en: string; place_zh: string; place_en: string }
export type ProductDTO = {
  id: string
  handle: string
  title: string
  subtitle: string | null
  description: string | null
  thumbnail: string | null
  created_at: string
  images?: { url: string }[] | null
  categories?: { handle: string }[] | null
  variants?: VariantDTO[] | null
  produce_facts?: FactsDTO | null
  cooperative?: CoopDTO | null
}

const en = (locale: string) => locale.startsWith("en")

/** in stock / low / sold out from Medusa's available quantity. */
export function stockState(available: number | null, managed = true): StockState {
  if (!managed || available === null) return "in_stock"
  if (available <= 0) return "sold_out"
  return available <= LOW_STOCK ? "low" : "in_stock"
}

function toVariant(v: VariantDTO): Variant {
  const managed = v.manage_inventory !== false && !v.allow_backorder
  const available = managed ? (v.inventory_quantity ?? null) : null
  const price = v.calculated_price?.calculated_amount ?? null
  const original = v.calculated_price?.original_amount ?? null
  return {
    id: v.id,
    title: v.title,
    grams: v.weight ?? null,
    price,
    originalPrice: price !== null && original !== null && original > price ? original : null,
    currencyCode: v.calculated_price?.currency_code ?? "cny",
    available,
    stock: stockState(available, managed),
    shipsOn: v.presale?.ships_on ?? null,
  }
}

/** Maps Medusa's store product (with linked produce facts and cooperative) to the storefront's Product. */
export function toProduct(p: ProductDTO, locale: string): Product {
  const variants = (p.variants ?? []).map(toVariant).sort((a, b) => (a.grams ?? 0) - (b.grams ?? 0))
  const prices = variants.map((v) => v.price).filter((x): x is number => x !== null)
  const f = p.produce_facts
  const c = p.cooperative
  return {
    id: p.id,
    handle: p.handle,
    title: p.title,
    subtitle: p.subtitle,
    description: p.description,
    thumbnail: p.thumbnail,
    images: (p.images ?? []).map((i) => i.url).filter(Boolean),
    createdAt: p.created_at,
    variants,
    minPrice: prices.length ? Math.min(...prices) : null,
    facts: f
      ? {
          origin: en(locale) ? f.origin_en : f.origin_zh,
          grade: f.grade,
          harvestFromMonth: f.harvest_from_month,
          harvestToMonth: f.harvest_to_month,
          storage: en(locale) ? f.storage_en : f.storage_zh,
          shelfLifeDays: f.shelf_life_days,
          coldChain: f.cold_chain,
        }
      : null,
    cooperative: c
      ? { handle: c.handle, name: en(locale) ? c.name_en : c.name_zh, place: en(locale) ? c.place_en : c.place_zh }
      : null,
    categoryHandles: (p.categories ?? []).map((x) => x.handle),
  }
}

type ListFilter = { categoryId?: string; q?: string; handles?: string[]; ids?: string[] }

/** All published products matching the filter (the catalog is small: sorting and paging happen here). */
export async function listProducts(locale: string, filter: ListFilter = {}): Promise<Product[]> {
  const region = await getRegion()
  const { products } = await cachedGet<{ products: ProductDTO[] }>("/store/products", {
    query: {
      region_id: region.id,
      fields: PRODUCT_FIELDS,
      limit: 100,
      order: "-created_at",
      ...(filter.categoryId ? { category_id: filter.categoryId } : {}),
      ...(filter.q ? { q: filter.q } : {}),
      ...(filter.handles ? { handle: filter.handles } : {}),
      ...(filter.ids ? { id: filter.ids } : {}),
    },
    tags: [TAGS.products],
    locale,
  })
  return products.map((p) => toProduct(p, locale))
}

/** Products first whose festival price (a price list) is lower than the list price, otherwise in the given order. */
export function festivalPricesFirst(products: Product[]): Product[] {
  const onSale = (p: Product) => p.variants.some((v) => v.originalPrice !== null)
  return [...products.filter(onSale), ...products.filter((p) => !onSale(p))]
}

/** One product by handle, or null when there is none. */
export async function getProduct(handle: string, locale: string): Promise<Product | null> {
  try {
    const [product] = await listProducts(locale, { handles: [handle] })
    return product ?? null
  } catch (error) {
    if (isNotFound(error)) return null
    throw error
  }
}

/**
 * What each gift-box variant of a product holds, part by part, named in the shopper's language with the part's own
 * product and cooperative (empty for a product that is no gift box).
 */
export async function getBoxContents(product: Product, locale: string): Promise<BoxContents[]> {
  const { variants } = await cachedGet<StoreProductContentsResponse>(`/store/products/${product.id}/contents`, { tags: [TAGS.products] })
  if (!variants.length) return []
  const ids = [...new Set(variants.flatMap((v) => v.parts.map((part) => part.product_id)))]
  const named = new Map((await listProducts(locale, { ids })).map((p) => [p.id, p]))
  return product.variants.flatMap((variant) => {
    const box = variants.find((v) => v.variant_id === variant.id)
    if (!box) return []
    return [
      {
        variantId: variant.id,
        variantTitle: variant.title,
        parts: box.parts.map((part) => {
          const own = named.get(part.product_id)
          return {
            title: own?.title ?? part.product_title,
            variantTitle: part.variant_title,
            quantity: part.quantity,
            grams: part.net_weight_g,
            href: own ? `/products/${own.handle}` : null,
            cooperative: own?.cooperative ?? null,
          }
        }),
      },
    ]
  })
}

/** Sorts a copy: newest first, or by lowest box price (unpriced last). */
export function sortProducts(products: Product[], sort: SortKey): Product[] {
  const copy = [...products]
  if (sort === "newest") return copy.sort((a, b) => b.createdAt.localeCompare(a.createdAt))
  const dir = sort === "price_asc" ? 1 : -1
  return copy.sort((a, b) => {
    if (a.minPrice === null) return 1
    if (b.minPrice === null) return -1
    return dir * (a.minPrice - b.minPrice)
  })
}

/** One page of `items` (1-based, clamped to the last page). */
export function paginate<T>(items: T[], page: number, perPage: number): { items: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(items.length / perPage))
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pages)
  return { items: items.slice((current - 1) * perPage, current * perPage), page: current, pages }
}
