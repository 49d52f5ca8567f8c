import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { CoopStockChangesResponse, CoopStockImportRefusal } from "@tarim/contracts"
import { planStockChanges, type StockRow } from "../../../lib/stock-plan"
import { adjustCoopStockWorkflow } from "../../../workflows/adjust-coop-stock"
import { coopScope } from "../scope"
import { coopStockLevels } from "./levels"

/**
 * Plans requested levels against the co-op's own stock; any bad row refuses the whole request, every bad row listed and
 * nothing written: 404 when a row names a SKU or warehouse that is not the co-op's (another co-op's looks like one
 * that does not exist), 400 otherwise. A dry run answers the plan; otherwise the changes are made and logged.
 */
export async function applyStockRows(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<CoopStockChangesResponse | CoopStockImportRefusal>,
  rows: StockRow[],
  { reason, source, dry_run }: { reason: string; source: "manual" | "import"; dry_run: boolean }
) {
  const scope = coopScope(req)
  const levels = await coopStockLevels(req.scope, scope)
  const plan = planStockChanges(levels, rows, scope.location_ids[0] ?? "")
  if (plan.errors.length) {
    return res.status(plan.foreign ? 404 : 400).json({
      type: "invalid_rows",
      message: `${plan.errors.length} of ${rows.length} rows cannot be used; nothing was changed`,
      errors: plan.errors,
    })
  }
  if (!dry_run && plan.changes.length) {
    await adjustCoopStockWorkflow(req.scope).run({
      input: { cooperative_id: scope.cooperative_id, member_id: scope.member.id, reason, source, changes: plan.changes },
    })
  }
  res.json({ dry_run, changes: plan.changes.map(({ sku, from, to }) => ({ sku, from, to })), unchanged: plan.unchanged })
}
