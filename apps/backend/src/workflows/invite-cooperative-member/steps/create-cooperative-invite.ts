import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INVITE_TTL_MS, newInviteToken } from "../../../lib/invite-token"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"

export type CreateCooperativeInviteInput = { cooperative_id: string; email: string }

/**
 * Creates an invitation to one cooperative and returns its token (only the hash is stored). An earlier open
 * invitation of the same email to the same co-op is replaced. Refuses an email that already belongs to a co-op.
 * Compensation deletes the new invitation.
 */
export const createCooperativeInviteStep = createStep(
  "create-cooperative-invite",
  async ({ cooperative_id, email }: CreateCooperativeInviteInput, { container }) => {
    const service: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    const [member] = await service.listCooperativeMembers({ email }, { relations: ["cooperative"] })
    if (member) {
      const where = member.cooperative.id === cooperative_id ? "this cooperative" : `cooperative "${member.cooperative.handle}"`
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        `${email} is already a member of ${where}; remove that membership before inviting them again`
      )
    }
    const stale = await service.listCooperativeInvites({ email, cooperative_id, accepted_at: null })
    if (stale.length) await service.deleteCooperativeInvites(stale.map((i) => i.id))
    const { token, hash } = newInviteToken()
    const invite = await service.createCooperativeInvites({
      cooperative_id,
      email,
      token_hash: hash,
      expires_at: new Date(Date.now() + INVITE_TTL_MS),
    })
    return new StepResponse({ invite, token }, invite.id)
  },
  async (id, { container }) => {
    if (!id) return
    const service: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    await service.deleteCooperativeInvites(id)
  }
)
