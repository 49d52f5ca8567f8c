import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { hashInviteToken } from "../../../lib/invite-token"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"

/** The open invitation a token stands for, with its cooperative; refuses unknown, used and expired tokens. */
export async function findOpenInvite(container: MedusaContainer, token: string) {
  const service: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
  const [invite] = await service.listCooperativeInvites(
    { token_hash: hashInviteToken(token) },
    { relations: ["cooperative"] }
  )
  if (!invite) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "This invitation link is not valid; ask the organizer for a new one")
  }
  if (invite.accepted_at) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `This invitation was already used for ${invite.email}; sign in with that email instead`
    )
  }
  if (new Date(invite.expires_at).getTime() < Date.now()) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `This invitation expired on ${new Date(invite.expires_at).toISOString().slice(0, 10)}; ask the organizer for a new one`
    )
  }
  const { id, handle, name_zh, name_en } = invite.cooperative
  return { id: invite.id, email: invite.email, expires_at: invite.expires_at, cooperative: { id, handle, name_zh, name_en } }
}

/** Step form of `findOpenInvite` (reads only). */
export const findOpenInviteStep = createStep("find-open-invite", async (token: string, { container }) => {
  return new StepResponse(await findOpenInvite(container, token))
})
