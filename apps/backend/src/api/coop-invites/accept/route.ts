import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { CoopInviteAcceptResponse } from "@tarim/contracts"
import { acceptCooperativeInviteWorkflow } from "../../../workflows/accept-cooperative-invite"
import type { CoopInviteAcceptType } from "../validators"

/**
 * POST /coop-invites/accept: the invitee sets a password (or proves the one their email already has) and becomes a
 * member; they then sign in at POST /auth/coop_member/emailpass.
 */
export async function POST(req: MedusaRequest<CoopInviteAcceptType>, res: MedusaResponse<CoopInviteAcceptResponse>) {
  const { result } = await acceptCooperativeInviteWorkflow(req.scope).run({ input: req.validatedBody })
  res.json(result)
}
