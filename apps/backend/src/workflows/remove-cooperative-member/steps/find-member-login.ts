import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"

export type FindMemberLoginInput = { cooperative_id: string; member_id: string }

/** A member of this cooperative (404 for anyone else's) and the id of the identity they sign in with, if any. */
export const findMemberLoginStep = createStep(
  "find-member-login",
  async ({ cooperative_id, member_id }: FindMemberLoginInput, { container }) => {
    const service: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    const [member] = await service.listCooperativeMembers({ id: member_id, cooperative_id })
    if (!member) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cooperative ${cooperative_id} has no member ${member_id}`)
    }
    const [login] = await container
      .resolve(Modules.AUTH)
      .listProviderIdentities({ provider: "emailpass", entity_id: member.email }, { relations: ["auth_identity"] })
    const signsInAsMember = login?.auth_identity?.app_metadata?.coop_member_id === member.id
    return new StepResponse({ member_id: member.id, auth_identity_id: signsInAsMember ? login.auth_identity!.id : null })
  }
)
