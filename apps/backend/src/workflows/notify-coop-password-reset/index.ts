import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { coopResetMessageStep } from "./steps/reset-message"

/** Sends a co-op member the link that sets a new password (Medusa made the token). */
export const notifyCoopPasswordResetWorkflow = createWorkflow(
  "notify-coop-password-reset",
  (input: { email: string; token: string }) => new WorkflowResponse(sendNotificationsStep(coopResetMessageStep(input)))
)
