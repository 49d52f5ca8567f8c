import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"

/** Soft-deletes a cooperative; compensation restores it. */
export const deleteCooperativeStep = createStep(
  "delete-cooperative",
  async (id: string, { container }) => {
    const service: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    await service.softDeleteCooperatives([id])
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (!id) return
    const service: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    await service.restoreCooperatives([id])
  }
)
