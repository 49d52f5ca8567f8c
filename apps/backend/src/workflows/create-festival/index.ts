import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep, emitEventStep, updatePriceListsStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { FESTIVAL_EVENTS } from "../../lib/events"
import { assertExistStep } from "../steps/assert-exist"
import { createFestivalStep } from "../steps/create-festival"
import { forgetCachedProductsStep } from "../steps/forget-cached-products"
import { validateFestivalStep } from "../steps/validate-festival"
import { FESTIVAL_WINDOW_FIELDS, priceListWindowOf, type FestivalFields } from "../utils/festival-fields"
import { festivalLinks, ownFieldsOf, priceListIdsOf } from "../utils/links"

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
  // No .config() here: the seed imports this workflow in tests before Medusa loads it again, and a renamed step
  // rewrites the registered definition mid-composition, which Medusa then refuses as a different workflow.
  const { data: festivals } = useQueryGraphStep({
    entity: "festival",
    fields: FESTIVAL_WINDOW_FIELDS,
    filters: { id: festival.id },
  })
  updatePriceListsStep(transform({ festivals }, priceListWindowOf))
  const event = transform({ input, festival }, ({ input, festival }) => ({
    id: festival.id,
    product_ids: input.product_ids ?? [],
  }))
  forgetCachedProductsStep(transform({ event }, ({ event }) => event.product_ids))
  emitEventStep({ eventName: FESTIVAL_EVENTS.created, data: event })
  return new WorkflowResponse(festival)
})
