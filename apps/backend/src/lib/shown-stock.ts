import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, getVariantAvailability } from "@medusajs/framework/utils"
import type { LowStockLine } from "@tarim/contracts"

/** The storefront's LOW_STOCK: at or under this many boxes left a variant shows "only N left". */
export const SHOWN_LOW_STOCK: LowStockLine = 10

/**
 * What the storefront's cached pages show of a variant's stock: in stock (no figure), "only N left", or sold out.
 * Orders that leave this unchanged need no page re-rendered.
 */
export function shownStock(available: number | null, managed = true): string {
  if (!managed || available === null) return "in_stock"
  if (available <= 0) return "sold_out"
  return available <= SHOWN_LOW_STOCK ? `low:${available}` : "in_stock"
}

/** Every variant's shown stock in the store's default sales channel (the storefront's), by variant id. */
export async function readShownStock(container: MedusaContainer): Promise<Map<string, string>> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: stores }, { data: variants }] = await Promise.all([
    query.graph({ entity: "store", fields: ["default_sales_channel_id"] }),
    query.graph({ entity: "product_variant", fields: ["id", "manage_inventory", "allow_backorder"] }),
  ])
  const salesChannel = stores[0]?.default_sales_channel_id
  const counted = variants.filter((v) => v.manage_inventory && !v.allow_backorder)
  const availability =
    salesChannel && counted.length ? await getVariantAvailability(query, { variant_ids: counted.map((v) => v.id), sales_channel_id: salesChannel }) : {}
  return new Map(variants.map((v) => [v.id, shownStock(availability[v.id]?.availability ?? null, counted.includes(v))]))
}

/** The variants whose shown stock differs from `before` (a variant `before` never saw counts as changed). */
export function changedVariants(before: ReadonlyMap<string, string>, now: ReadonlyMap<string, string>): string[] {
  return [...now].filter(([id, shown]) => before.get(id) !== shown).map(([id]) => id)
}

/**
 * Runs `check` once for a burst of calls: the first call starts a timer of `delayMs`; calls while it waits join it,
 * and calls while the check runs earn one more check after it (so the last change is always seen). `check` handles
 * its own errors.
 */
export function coalesce(check: () => Promise<void>, delayMs: number): () => void {
  let timer: NodeJS.Timeout | null = null
  let running = false
  let again = false
  const start = () => {
    timer = setTimeout(async () => {
      timer = null
      running = true
      try {
        await check()
      } finally {
        running = false
        if (again) {
          again = false
          start()
        }
      }
    }, delayMs)
  }
  return () => {
    if (running) again = true
    else if (!timer) start()
  }
}
