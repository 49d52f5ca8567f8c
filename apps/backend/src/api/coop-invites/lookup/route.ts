import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { CoopInviteLookupResponse } from "@tarim/contracts"
import { findOpenInvite } from "../../../workflows/accept-cooperative-invite/steps/find-open-invite"
import type { CoopInviteLookupType } from "../validators"

/** POST /coop-invites/lookup: which co-op and email an invitation is for (token in the body, not the URL). */
export async function POST(req: MedusaRequest<CoopInviteLookupType>, res: MedusaResponse<CoopInviteLookupResponse>) {
  const invite = await findOpenInvite(req.scope, req.validatedBody.token)
  res.json({
    invite: {
      email: invite.email,
      expires_at: new Date(invite.expires_at).toISOString(),
      cooperative: { handle: invite.cooperative.handle, name_zh: invite.cooperative.name_zh, name_en: invite.cooperative.name_en },
    },
  })
}
