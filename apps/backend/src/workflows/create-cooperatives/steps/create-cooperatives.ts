import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"

export type CooperativeFields = {
  handle: string
  name_zh: string
  name_en: string
  place_zh: string
  place_en: string
  story_zh: string
  story_en: string
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
