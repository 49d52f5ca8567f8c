import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { CoopProduceFacts } from "@tarim/contracts"
import { PRODUCE_MODULE } from "../../../modules/produce"
import type ProduceModuleService from "../../../modules/produce/service"

export type UpdateProduceFactsInput = { product_id: string; facts_id: string | null; fields: Partial<CoopProduceFacts> }

/** Updates the produce facts linked to a product; compensation puts the previous values back. */
export const updateProduceFactsStep = createStep(
  "update-produce-facts",
  async ({ product_id, facts_id, fields }: UpdateProduceFactsInput, { container }) => {
    if (!facts_id) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Product ${product_id} has no produce facts yet; the organizer adds them when listing the product`
      )
    }
    const service: ProduceModuleService = container.resolve(PRODUCE_MODULE)
    const previous = await service.retrieveProduceFacts(facts_id)
    await service.updateProduceFacts({ id: facts_id, ...fields })
    const restore = Object.fromEntries(Object.keys(fields).map((k) => [k, previous[k as keyof typeof previous]]))
    return new StepResponse(facts_id, { id: facts_id, ...restore })
  },
  async (restore, { container }) => {
    if (!restore) return
    const service: ProduceModuleService = container.resolve(PRODUCE_MODULE)
    await service.updateProduceFacts(restore)
  }
)
