import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { deleteCooperativeMemberStep } from "./steps/delete-cooperative-member"
import { findMemberLoginStep, type FindMemberLoginInput } from "./steps/find-member-login"

/**
 * Takes a member out of their cooperative: their identity no longer names a member, so their tokens reach no
 * `/coop` route (the member is also looked up on every request), and the member row is removed.
 */
export const removeCooperativeMemberWorkflow = createWorkflow(
  "remove-cooperative-member",
  (input: FindMemberLoginInput) => {
    const login = findMemberLoginStep(input)
    when({ login }, ({ login }) => login.auth_identity_id !== null).then(() => {
      setAuthAppMetadataStep(
        transform({ login }, ({ login }) => ({
          authIdentityId: login.auth_identity_id!,
          actorType: "coop_member",
          value: null,
        }))
      )
    })
    deleteCooperativeMemberStep(login.member_id)
    return new WorkflowResponse({ id: login.member_id, object: "cooperative_member", deleted: true })
  }
)
