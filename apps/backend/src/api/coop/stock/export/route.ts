import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { stringify } from "csv-stringify/sync"
import { coopScope } from "../../scope"
import { coopStockLevels } from "../levels"

/** GET /coop/stock/export: the stock page as CSV; edit stocked_quantity and import the same file. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const levels = await coopStockLevels(req.scope, coopScope(req))
  const csv = stringify(
    levels.map((l) => [l.sku, l.product_title, l.variant_title, l.location_id, l.stocked_quantity, l.reserved_quantity, l.available_quantity]),
    { header: true, columns: ["sku", "product", "variant", "location_id", "stocked_quantity", "reserved_quantity", "available_quantity"] }
  )
  res.setHeader("content-type", "text/csv; charset=utf-8")
  res.setHeader("content-disposition", 'attachment; filename="stock.csv"')
  // A byte-order mark so Excel, which co-op offices open CSV files with, reads the Chinese names as UTF-8.
  res.send(`\uFEFF${csv}`)
}
