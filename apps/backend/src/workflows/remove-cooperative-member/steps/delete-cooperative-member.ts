import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"

/** Removes a member (soft delete, so the stock log still names them); compensation restores it. */
export const deleteCooperativeMemberStep = createStep(
  "delete-cooperative-member",
  async (id: string, { container }) => {
    const service: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    await service.softDeleteCooperativeMembers([id])
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (!id) return
    const service: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    await service.restoreCooperativeMembers([id])
  }
)
