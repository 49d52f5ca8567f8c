import type { CoopStockChange, CoopStockLevel, CoopStockRowError, CoopStockRowErrorCode } from "@tarim/contracts"

/** At or under this many available units a variant counts as low on stock (dashboard, stock page). */
export const LOW_STOCK_UNITS = 10

/** The most a stock level may be set to: far above any warehouse, well inside Postgres integers. */
export const MAX_STOCKED = 1_000_000

/** One requested stock level: a row of an import file (row 1 is the header) or an entry of an adjustment. */
export type StockRow = { row: number; sku: string; stocked_quantity: string | number; location_id?: string }

export type PlannedChange = CoopStockChange & { inventory_item_id: string; location_id: string }

/** `foreign` is true when a row names a SKU or warehouse that is not this co-op's (the caller answers 404). */
export type StockPlan = { changes: PlannedChange[]; unchanged: number; errors: CoopStockRowError[]; foreign: boolean }

/**
 * Checks requested stock levels against a co-op's own levels and lists the changes. Every bad row is reported (a SKU
 * that is not this co-op's at that warehouse, a count that is not a whole number from 0 to MAX_STOCKED, a count below
 * what orders have reserved, a SKU named twice); callers write nothing when there is any error.
 */
export function planStockChanges(levels: CoopStockLevel[], rows: StockRow[], defaultLocationId: string): StockPlan {
  const errors: CoopStockRowError[] = []
  const changes: PlannedChange[] = []
  let unchanged = 0
  let foreign = false
  const seen = new Map<string, number>()
  for (const { row, sku, stocked_quantity, location_id = defaultLocationId } of rows) {
    const fail = (code: CoopStockRowErrorCode, message: string, extra: Partial<CoopStockRowError> = {}) =>
      errors.push({ row, sku: sku || null, code, message, ...extra })
    if (!sku) {
      fail("empty_sku", "the sku column is empty")
      continue
    }
    const level = levels.find((l) => l.sku === sku && l.location_id === location_id)
    if (!level) {
      foreign = true
      fail("foreign_sku", `SKU ${sku} is not one of your cooperative's products at warehouse ${location_id}`)
      continue
    }
    const key = `${sku}@${location_id}`
    if (seen.has(key)) {
      fail("duplicate", `SKU ${sku} is listed twice (also in row ${seen.get(key)})`, { first_row: seen.get(key) })
      continue
    }
    seen.set(key, row)
    const raw = String(stocked_quantity).trim()
    const to = Number(raw)
    if (!/^\d+$/.test(raw) || to > MAX_STOCKED) {
      fail("bad_quantity", `stocked_quantity must be a whole number from 0 to ${MAX_STOCKED}, got "${raw}"`, { value: raw })
      continue
    }
    if (to < level.reserved_quantity) {
      fail(
        "below_reserved",
        `SKU ${sku} has ${level.reserved_quantity} units reserved for orders; stock cannot go below that (got ${to})`,
        { value: raw, reserved: level.reserved_quantity }
      )
      continue
    }
    if (to === level.stocked_quantity) unchanged++
    else changes.push({ sku, from: level.stocked_quantity, to, inventory_item_id: level.inventory_item_id, location_id })
  }
  return { changes, unchanged, errors, foreign }
}
