import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep, dismissRemoteLinkStep, emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { FESTIVAL_EVENTS } from "../../lib/events"
import { assertExistStep } from "../steps/assert-exist"
import { idsOf } from "../steps/cooperative-links"
import {
  festivalLinks,
  ownFieldsOf,
  priceListIdsOf,
  updateFestivalStep,
  validateFestivalStep,
  type FestivalFields,
} from "../steps/festival-steps"

export type UpdateFestivalInput = Partial<FestivalFields> & {
  id: string
  product_ids?: string[]
  price_list_id?: string | null
}

/** Updates a festival; `product_ids` replaces its products, `price_list_id` (or null) its price list. */
export const updateFestivalWorkflow = createWorkflow("update-festival", (input: UpdateFestivalInput) => {
  const { data: existing } = useQueryGraphStep({
    entity: "festival",
    fields: ["id", "products.id", "price_list.id"],
    filters: { id: input.id },
    options: { throwIfKeyNotFound: true },
  })
  validateFestivalStep(input)
  const priceLists = transform({ input }, priceListIdsOf)
  assertExistStep({ product: input.product_ids, price_list: priceLists })
  const fields = transform({ input }, ownFieldsOf)
  const festival = updateFestivalStep(fields)
  const diff = transform({ input, existing }, ({ input, existing }) => {
    const oldProducts = idsOf(existing[0].products)
    const oldLists = existing[0].price_list ? [existing[0].price_list.id] : []
    const newProducts = input.product_ids ?? oldProducts
    const newLists = input.price_list_id === undefined ? oldLists : input.price_list_id ? [input.price_list_id] : []
    const gone = (a: string[], b: string[]) => a.filter((id) => !b.includes(id))
    return {
      remove: festivalLinks(input.id, gone(oldProducts, newProducts), gone(oldLists, newLists)),
      add: festivalLinks(input.id, gone(newProducts, oldProducts), gone(newLists, oldLists)),
      event: { id: input.id, product_ids: [...new Set([...oldProducts, ...newProducts])] },
    }
  })
  when({ diff }, ({ diff }) => diff.remove.length > 0).then(() => {
    dismissRemoteLinkStep(diff.remove)
  })
  when({ diff }, ({ diff }) => diff.add.length > 0).then(() => {
    createRemoteLinkStep(diff.add).config({ name: "link-festival" })
  })
  emitEventStep({ eventName: FESTIVAL_EVENTS.updated, data: diff.event })
  return new WorkflowResponse(festival)
})
