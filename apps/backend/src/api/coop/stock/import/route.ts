import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { parse } from "csv-parse/sync"
import type { StockRow } from "../../../../lib/stock-plan"
import { applyStockRows } from "../apply"
import type { CoopImportStockType } from "../validators"

function rowsOf(csv: string): StockRow[] {
  let records: { record: Record<string, string>; info: { lines: number } }[]
  try {
    records = parse(csv, { columns: true, bom: true, trim: true, skip_empty_lines: true, info: true })
  } catch (error) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `The file is not readable CSV: ${(error as Error).message}`)
  }
  const header = records[0] ? Object.keys(records[0].record) : []
  if (!records.length || !header.includes("sku") || !header.includes("stocked_quantity")) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "The file needs a header row with the columns sku and stocked_quantity, and at least one row (export the stock to get one)"
    )
  }
  return records.map(({ record, info }) => ({
    row: info.lines,
    sku: record.sku ?? "",
    stocked_quantity: record.stocked_quantity ?? "",
    location_id: record.location_id || undefined,
  }))
}

/** POST /coop/stock/import: a CSV of levels; a dry run (the default) lists every change, a bad row refuses the file. */
export async function POST(req: AuthenticatedMedusaRequest<CoopImportStockType>, res: MedusaResponse) {
  const { csv, reason, dry_run } = req.validatedBody
  await applyStockRows(req, res, rowsOf(csv), { reason, dry_run, source: "import" })
}
