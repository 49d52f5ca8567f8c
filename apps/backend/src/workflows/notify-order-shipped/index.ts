import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { shippedMessageStep } from "./steps/shipped-message"

/** Tells the shopper a parcel of their order has shipped, through the Notification Module. */
export const notifyOrderShippedWorkflow = createWorkflow(
  "notify-order-shipped",
  (input: { fulfillment_id: string; no_notification?: boolean }) => {
    return new WorkflowResponse(sendNotificationsStep(shippedMessageStep(input)))
  }
)
