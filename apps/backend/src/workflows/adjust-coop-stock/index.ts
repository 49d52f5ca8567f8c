import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateInventoryLevelsStep } from "@medusajs/medusa/core-flows"
import { logStockAdjustmentsStep, type LogStockAdjustmentsInput } from "./steps/log-stock-adjustments"

/**
 * Sets a co-op's stock levels to the planned counts (Medusa's inventory step, which restores the old counts if a
 * later step fails) and logs each change with its reason. The caller planned and checked the changes.
 */
export const adjustCoopStockWorkflow = createWorkflow("adjust-coop-stock", (input: LogStockAdjustmentsInput) => {
  updateInventoryLevelsStep(
    transform({ input }, ({ input }) =>
      input.changes.map((c) => ({ inventory_item_id: c.inventory_item_id, location_id: c.location_id, stocked_quantity: c.to }))
    )
  )
  return new WorkflowResponse(logStockAdjustmentsStep(input))
})
