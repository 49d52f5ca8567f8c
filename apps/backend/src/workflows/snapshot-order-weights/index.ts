import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { ORDER_EVENTS } from "../../lib/events"
import { snapshotOrderWeightsStep } from "./steps/snapshot-order-weights"

/**
 * Records the net grams of every line of a placed order (see NET_WEIGHT_KEY), then says so: the festival's progress
 * is stale only from here on (a page rendered between order.placed and now would have cached the old figure).
 */
export const snapshotOrderWeightsWorkflow = createWorkflow("snapshot-order-weights", (input: { order_id: string }) => {
  const recorded = snapshotOrderWeightsStep(input)
  emitEventStep({ eventName: ORDER_EVENTS.weightsRecorded, data: transform({ input }, ({ input }) => ({ id: input.order_id })) })
  return new WorkflowResponse(recorded)
})
