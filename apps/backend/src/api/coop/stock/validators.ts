import { z } from "@medusajs/framework/zod"

/** Why the stock changed, e.g. 盘点 (stocktake); kept in the co-op's stock log. */
const reason = z.string().trim().min(1).max(200)

export const CoopAdjustStock = z.strictObject({
  reason,
  dry_run: z.boolean().default(false),
  items: z
    .array(
      z.strictObject({
        sku: z.string().trim().min(1).max(100),
        stocked_quantity: z.number().int().min(0).max(1_000_000),
        location_id: z.string().min(1).max(64).optional(),
      })
    )
    .min(1)
    .max(500),
})
export type CoopAdjustStockType = z.infer<typeof CoopAdjustStock>

export const CoopImportStock = z.strictObject({
  reason,
  dry_run: z.boolean().default(true),
  /** The CSV text: a header with `sku` and `stocked_quantity` (the export's other columns are ignored). */
  csv: z.string().min(1).max(1_000_000),
})
export type CoopImportStockType = z.infer<typeof CoopImportStock>
