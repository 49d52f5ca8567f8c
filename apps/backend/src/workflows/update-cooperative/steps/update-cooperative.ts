import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"
import type { CooperativeFields } from "../../create-cooperatives/steps/create-cooperatives"

export type UpdateCooperativeFields = Partial<CooperativeFields> & { id: string }

/** Updates one cooperative's own fields; compensation puts the previous values back. */
export const updateCooperativeStep = createStep(
  "update-cooperative",
  async (input: UpdateCooperativeFields, { container }) => {
    const service: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    const previous = await service.retrieveCooperative(input.id)
    const updated = await service.updateCooperatives(input)
    return new StepResponse(updated, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    const service: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    const { created_at, updated_at, deleted_at, members, invites, stock_adjustments, ...fields } =
      previous as typeof previous & Record<string, unknown>
    await service.updateCooperatives(fields)
  }
)
