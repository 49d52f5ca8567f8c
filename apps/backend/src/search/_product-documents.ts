import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { QueryContext } from "@medusajs/framework/utils"
import { isFestivalOpen } from "../lib/rules"
import { segmentForIndex } from "./_cjk"

/** The locale the Translation Module holds the English catalog under. */
export const EN_LOCALE = "en-US"
/** The shop's one currency; the index carries CNY prices only. */
export const CURRENCY = "cny"

/** What the product index reads through `query.graph` for each product. */
export const PRODUCT_GRAPH_FIELDS = [
  "id",
  "handle",
  "title",
  "subtitle",
  "description",
  "status",
  "thumbnail",
  "created_at",
  "tags.value",
  "categories.id",
  "categories.handle",
  "categories.name",
  "categories.metadata",
  "sales_channels.id",
  "cooperative.handle",
  "cooperative.name_zh",
  "cooperative.name_en",
  "produce_facts.origin_zh",
  "produce_facts.origin_en",
  "variants.id",
  "variants.weight",
  "variants.manage_inventory",
  "variants.allow_backorder",
  "variants.prices.amount",
  "variants.prices.currency_code",
  "variants.prices.price_list_id",
  "variants.inventory_items.required_quantity",
  "variants.inventory_items.inventory.location_levels.stocked_quantity",
  "variants.inventory_items.inventory.location_levels.reserved_quantity",
]

/** One document of the product index (see ../product.ts for what each field can do). */
export type ProductSearchDocument = {
  id: string
  handle: string
  status: string
  sales_channel_ids: string[]
  thumbnail: string | null
  title_zh: string
  title_en: string | null
  subtitle_zh: string | null
  subtitle_en: string | null
  description_zh: string | null
  description_en: string | null
  category_handle: string[]
  category_zh: string[]
  category_en: string[]
  cooperative_handle: string | null
  cooperative_zh: string | null
  cooperative_en: string | null
  origin_zh: string | null
  origin_en: string | null
  tags: string[]
  price_min: number | null
  price_max: number | null
  in_stock: boolean
  weights_g: number[]
  festival: boolean
  created_at: string
  cjk_title: string
  cjk_text: string
}

type Row = Record<string, any>

/**
 * The products taking part in a festival whose window is open now (festival↔product link), for the index's
 * `festival` flag.
 */
export async function festivalProductIds(query: RemoteQueryFunction, productIds: string[]): Promise<Set<string>> {
  if (!productIds.length) return new Set()
  const now = new Date()
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "festivals.starts_at", "festivals.ends_at"],
    filters: { id: productIds },
  })
  const open = (f: { starts_at: string; ends_at: string } | null) => !!f && isFestivalOpen(f, now)
  return new Set((data as Row[]).filter((p) => (p.festivals ?? []).some(open)).map((p) => p.id))
}

/** English translations (Translation Module) of the given records, by record id. */
async function englishTranslations(query: RemoteQueryFunction, reference: string, ids: string[]) {
  const byId = new Map<string, Record<string, string>>()
  if (!ids.length) return byId
  const { data } = await query.graph({
    entity: "translations",
    fields: ["reference_id", "translations"],
    filters: { reference, reference_id: ids, locale_code: EN_LOCALE },
  })
  for (const row of data as Row[]) byId.set(row.reference_id, row.translations ?? {})
  return byId
}

/**
 * What a shopper without an account pays now for each variant, by variant id: the Pricing Module's calculated
 * price in CNY, so an open festival's price list shows in search as it does on the product page.
 */
async function calculatedPrices(query: RemoteQueryFunction, productIds: string[]): Promise<Map<string, number>> {
  const byVariant = new Map<string, number>()
  if (!productIds.length) return byVariant
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "variants.id", "variants.calculated_price.calculated_amount"],
    filters: { id: productIds },
    context: { variants: { calculated_price: QueryContext({ currency_code: CURRENCY }) } },
  })
  for (const variant of (data as Row[]).flatMap((p) => p.variants ?? [])) {
    const amount = Number(variant?.calculated_price?.calculated_amount)
    if (variant?.id && Number.isFinite(amount)) byVariant.set(variant.id, amount)
  }
  return byVariant
}

/** A variant's CNY prices: its calculated price when it has one, else its base prices. */
function cnyPrices(variant: Row, calculated: Map<string, number>): number[] {
  const now = calculated.get(variant.id)
  if (now !== undefined) return [now]
  return (variant.prices ?? [])
    .filter((p: Row) => p?.currency_code === CURRENCY && !p.price_list_id)
    .map((p: Row) => Number(p.amount))
    .filter((amount: number) => Number.isFinite(amount))
}

/** A variant can be bought when it is not stock-managed, allows backorders, or every inventory item it needs is available. */
function variantInStock(variant: Row): boolean {
  if (!variant.manage_inventory || variant.allow_backorder) return true
  const items: Row[] = variant.inventory_items ?? []
  if (!items.length) return false
  return items.every((item) => {
    const available = (item.inventory?.location_levels ?? []).reduce(
      (sum: number, level: Row) => sum + Number(level.stocked_quantity ?? 0) - Number(level.reserved_quantity ?? 0),
      0
    )
    return available >= Number(item.required_quantity ?? 1)
  })
}

const present = <T>(values: (T | null | undefined)[]) => values.filter((v): v is T => v !== null && v !== undefined && v !== "")

/** Turns a page of `query.graph` product rows into index documents (a few extra queries per page: English text, prices, festivals). */
export async function toProductDocuments(rows: Row[], query: RemoteQueryFunction): Promise<ProductSearchDocument[]> {
  const productIds = rows.map((r) => r.id)
  const categoryIds = [...new Set(rows.flatMap((r) => (r.categories ?? []).map((c: Row) => c?.id)).filter(Boolean))]
  const [productEn, categoryEn, festival, calculated] = await Promise.all([
    englishTranslations(query, "product", productIds),
    englishTranslations(query, "product_category", categoryIds as string[]),
    festivalProductIds(query, productIds),
    calculatedPrices(query, productIds),
  ])

  return rows.map((row) => {
    const en = productEn.get(row.id) ?? {}
    const categories: Row[] = present(row.categories ?? [])
    const categoryZh = present(categories.map((c) => c.name as string))
    const categoryEnNames = present(
      categories.map((c) => categoryEn.get(c.id)?.name ?? (c.metadata?.name_en as string | undefined))
    )
    const variants: Row[] = present(row.variants ?? [])
    const prices = variants.flatMap((variant) => cnyPrices(variant, calculated))
    const facts = row.produce_facts ?? {}
    const coop = row.cooperative ?? {}
    const tags = present<string>((row.tags ?? []).map((t: Row) => t?.value))
    const weights = [...new Set(present(variants.map((v) => v.weight as number | null)).map(Number))].sort((a, b) => a - b)

    return {
      id: row.id,
      handle: row.handle,
      status: row.status,
      sales_channel_ids: present((row.sales_channels ?? []).map((s: Row) => s?.id as string)),
      thumbnail: row.thumbnail ?? null,
      title_zh: row.title,
      title_en: en.title ?? null,
      subtitle_zh: row.subtitle ?? null,
      subtitle_en: en.subtitle ?? null,
      description_zh: row.description ?? null,
      description_en: en.description ?? null,
      category_handle: present(categories.map((c) => c.handle as string)),
      category_zh: categoryZh,
      category_en: categoryEnNames,
      cooperative_handle: coop.handle ?? null,
      cooperative_zh: coop.name_zh ?? null,
      cooperative_en: coop.name_en ?? null,
      origin_zh: facts.origin_zh ?? null,
      origin_en: facts.origin_en ?? null,
      tags,
      price_min: prices.length ? Math.min(...prices) : null,
      price_max: prices.length ? Math.max(...prices) : null,
      in_stock: variants.some(variantInStock),
      weights_g: weights,
      festival: festival.has(row.id),
      created_at: new Date(row.created_at).toISOString(),
      cjk_title: segmentForIndex(row.title, ...categoryZh),
      cjk_text: segmentForIndex(row.subtitle, row.description, coop.name_zh, facts.origin_zh, ...tags),
    }
  })
}
