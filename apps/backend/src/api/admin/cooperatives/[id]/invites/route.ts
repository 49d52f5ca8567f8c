import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminCooperativeInviteResponse } from "@tarim/contracts"
import { inviteCooperativeMemberWorkflow } from "../../../../../workflows/invite-cooperative-member"
import type { AdminInviteCooperativeMemberType } from "../../validators"

/** POST /admin/cooperatives/:id/invites: sends the invitation; the answer carries its link this once. */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminInviteCooperativeMemberType>,
  res: MedusaResponse<AdminCooperativeInviteResponse>
) {
  const { result } = await inviteCooperativeMemberWorkflow(req.scope).run({
    input: { cooperative_id: req.params.id, email: req.validatedBody.email },
  })
  res.status(201).json({
    invite: { ...result.invite, expires_at: new Date(result.invite.expires_at).toISOString() },
    url: result.url,
  })
}
