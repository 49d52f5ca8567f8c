import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { placedMessageStep } from "./steps/placed-message"

/** Tells the shopper their order is in, pre-sales with the day they ship, through the Notification Module. */
export const notifyOrderPlacedWorkflow = createWorkflow("notify-order-placed", (input: { order_id: string }) => {
  return new WorkflowResponse(sendNotificationsStep(placedMessageStep(input)))
})
