import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { applyStockRows } from "../apply"
import type { CoopAdjustStockType } from "../validators"

/** POST /coop/stock/adjustments: set levels by SKU with a reason (`dry_run` to preview). */
export async function POST(req: AuthenticatedMedusaRequest<CoopAdjustStockType>, res: MedusaResponse) {
  const { items, reason, dry_run } = req.validatedBody
  const rows = items.map((item, i) => ({ row: i + 1, ...item }))
  await applyStockRows(req, res, rows, { reason, dry_run, source: "manual" })
}
