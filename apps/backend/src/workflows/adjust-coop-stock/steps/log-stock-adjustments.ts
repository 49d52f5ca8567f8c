import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { PlannedChange } from "../../../lib/stock-plan"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"

export type LogStockAdjustmentsInput = {
  cooperative_id: string
  member_id: string
  reason: string
  source: "manual" | "import"
  changes: PlannedChange[]
}

/** Writes the co-op's stock log, one row per changed level; compensation deletes those rows. */
export const logStockAdjustmentsStep = createStep(
  "log-stock-adjustments",
  async ({ cooperative_id, member_id, reason, source, changes }: LogStockAdjustmentsInput, { container }) => {
    const service: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    const rows = await service.createStockAdjustments(
      changes.map((c) => ({
        cooperative_id,
        member_id,
        reason,
        source,
        sku: c.sku,
        inventory_item_id: c.inventory_item_id,
        location_id: c.location_id,
        from_quantity: c.from,
        to_quantity: c.to,
      }))
    )
    return new StepResponse(rows.length, rows.map((r) => r.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const service: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    await service.deleteStockAdjustments(ids)
  }
)
