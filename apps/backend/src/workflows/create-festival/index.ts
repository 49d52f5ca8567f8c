import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep, emitEventStep } from "@medusajs/medusa/core-flows"
import { FESTIVAL_EVENTS } from "../../lib/events"
import { assertExistStep } from "../steps/assert-exist"
import {
  createFestivalStep,
  festivalLinks,
  ownFieldsOf,
  priceListIdsOf,
  validateFestivalStep,
  type FestivalFields,
} from "../steps/festival-steps"

export type CreateFestivalInput = FestivalFields & { product_ids?: string[]; price_list_id?: string | null }

/** Creates a festival with its participating products and the price list carrying its prices. */
export const createFestivalWorkflow = createWorkflow("create-festival", (input: CreateFestivalInput) => {
  validateFestivalStep(input)
  const priceLists = transform({ input }, priceListIdsOf)
  assertExistStep({ product: input.product_ids, price_list: priceLists })
  const fields = transform({ input }, ownFieldsOf)
  const festival = createFestivalStep(fields)
  const links = transform({ input, festival, priceLists }, ({ input, festival, priceLists }) =>
    festivalLinks(festival.id, input.product_ids, priceLists)
  )
  createRemoteLinkStep(links)
  const event = transform({ input, festival }, ({ input, festival }) => ({
    id: festival.id,
    product_ids: input.product_ids ?? [],
  }))
  emitEventStep({ eventName: FESTIVAL_EVENTS.created, data: event })
  return new WorkflowResponse(festival)
})
