import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"

/** Marks an invitation used; compensation opens it again. */
export const closeInviteStep = createStep(
  "close-invite",
  async (id: string, { container }) => {
    const service: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    await service.updateCooperativeInvites({ id, accepted_at: new Date() })
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (!id) return
    const service: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    await service.updateCooperativeInvites({ id, accepted_at: null })
  }
)
