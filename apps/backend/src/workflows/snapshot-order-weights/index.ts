import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { snapshotOrderWeightsStep } from "./steps/snapshot-order-weights"

/** Records the net grams of every line of a placed order (see NET_WEIGHT_KEY). */
export const snapshotOrderWeightsWorkflow = createWorkflow(
  "snapshot-order-weights",
  (input: { order_id: string }) => new WorkflowResponse(snapshotOrderWeightsStep(input))
)
