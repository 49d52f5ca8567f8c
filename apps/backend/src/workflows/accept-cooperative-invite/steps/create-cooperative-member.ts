import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"

export type CreateCooperativeMemberInput = { cooperative_id: string; email: string; name?: string | null }

/** Adds a member to a cooperative (an email belongs to one co-op at most); compensation deletes it. */
export const createCooperativeMemberStep = createStep(
  "create-cooperative-member",
  async (input: CreateCooperativeMemberInput, { container }) => {
    const service: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    const member = await service.createCooperativeMembers(input)
    return new StepResponse(member, member.id)
  },
  async (id, { container }) => {
    if (!id) return
    const service: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    await service.deleteCooperativeMembers(id)
  }
)
