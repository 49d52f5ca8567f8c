import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { assertPartsStockedAt } from "../../lib/fulfillment-stock"

/** Refuses a fulfilment before Medusa's: every part of every line must be stocked at the warehouse (see the lib). */
export const assertPartsStockedStep = createStep(
  "assert-parts-stocked",
  async (input: { order_id: string; location_id: string; items: { id: string; quantity: number }[] }, { container }) => {
    await assertPartsStockedAt(container, input.order_id, input.items, input.location_id)
    return new StepResponse(undefined)
  }
)
