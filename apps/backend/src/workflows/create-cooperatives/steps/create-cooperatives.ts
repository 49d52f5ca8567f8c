import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { StoreCooperativeFields } from "@tarim/contracts"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"

/** A cooperative's own fields: what the store API shows of it (@tarim/contracts) and its contact. */
export type CooperativeFields = Omit<StoreCooperativeFields, "id"> & {
  contact_name?: string | null
  contact_phone?: string | null
}

/** Creates cooperatives; compensation deletes them again. */
export const createCooperativesStep = createStep(
  "create-cooperatives",
  async (input: CooperativeFields[], { container }) => {
    const service: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    const created = await service.createCooperatives(input)
    return new StepResponse(created, created.map((c) => c.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const service: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    await service.deleteCooperatives(ids)
  }
)
