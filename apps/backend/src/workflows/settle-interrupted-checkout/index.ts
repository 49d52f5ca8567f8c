import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { type SettleInterruptedCheckoutInput, settleInterruptedCheckoutStep } from "./steps/settle-interrupted-checkout"

/** Keeps or undoes what a completion left behind when its server process died (see the step). */
export const settleInterruptedCheckoutWorkflow = createWorkflow(
  "settle-interrupted-checkout",
  (input: SettleInterruptedCheckoutInput) => new WorkflowResponse(settleInterruptedCheckoutStep(input))
)
