import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { closeInviteStep } from "./steps/close-invite"
import { createCooperativeMemberStep } from "./steps/create-cooperative-member"
import { ensureMemberIdentityStep } from "./steps/ensure-member-identity"
import { findOpenInviteStep } from "./steps/find-open-invite"

export type AcceptCooperativeInviteInput = { token: string; password: string; name?: string | null }

/**
 * Turns an open invitation into a co-op member who signs in at `/auth/coop_member/emailpass`: the identity (new, or
 * the invitee's existing one proven by its password), the member row, `app_metadata.coop_member_id`, invitation used.
 */
export const acceptCooperativeInviteWorkflow = createWorkflow(
  "accept-cooperative-invite",
  (input: AcceptCooperativeInviteInput) => {
    const invite = findOpenInviteStep(input.token)
    const identity = ensureMemberIdentityStep(
      transform({ input, invite }, ({ input, invite }) => ({ email: invite.email, password: input.password }))
    )
    const member = createCooperativeMemberStep(
      transform({ input, invite }, ({ input, invite }) => ({
        cooperative_id: invite.cooperative.id,
        email: invite.email,
        name: input.name ?? null,
      }))
    )
    setAuthAppMetadataStep(
      transform({ identity, member }, ({ identity, member }) => ({
        authIdentityId: identity.id,
        actorType: "coop_member",
        value: member.id,
      }))
    )
    closeInviteStep(invite.id)
    const result = transform({ invite, member }, ({ invite, member }) => ({
      member: { id: member.id, email: member.email, name: member.name },
      cooperative: invite.cooperative,
    }))
    return new WorkflowResponse(result)
  }
)
