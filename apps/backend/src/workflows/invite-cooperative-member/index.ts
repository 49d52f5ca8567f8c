import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { coopInviteNotification } from "../../lib/messages"
import { createCooperativeInviteStep } from "./steps/create-cooperative-invite"
import { storefrontLinkStep } from "../steps/storefront-link"

export type InviteCooperativeMemberInput = { cooperative_id: string; email: string }

/**
 * Invites an email to run a cooperative in the co-op portal: stores the invitation and sends its link through the
 * Notification Module. Returns the invitation and the link (shown once to the organizer).
 */
export const inviteCooperativeMemberWorkflow = createWorkflow(
  "invite-cooperative-member",
  (input: InviteCooperativeMemberInput) => {
    const { data: cooperatives } = useQueryGraphStep({
      entity: "cooperative",
      fields: ["id", "name_zh", "name_en"],
      filters: { id: input.cooperative_id },
      options: { throwIfKeyNotFound: true },
    })
    const { invite, token } = createCooperativeInviteStep(input)
    const path = transform({ token }, ({ token }) => `/coop/invite/${token}`)
    const url = storefrontLinkStep(path)
    const notification = transform({ input, invite, url, cooperatives }, ({ input, invite, url, cooperatives }) =>
      coopInviteNotification(input.email, {
        url,
        cooperative_zh: cooperatives[0].name_zh,
        cooperative_en: cooperatives[0].name_en,
        expires_at: new Date(invite.expires_at).toISOString(),
      })
    )
    sendNotificationsStep([notification])
    const result = transform({ invite, url }, ({ invite, url }) => ({
      invite: { id: invite.id, email: invite.email, expires_at: invite.expires_at },
      url,
    }))
    return new WorkflowResponse(result)
  }
)
