import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createRemoteLinkStep,
  dismissRemoteLinkStep,
  emitEventStep,
  updatePriceListsStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { FESTIVAL_EVENTS } from "../../lib/events"
import { assertExistStep } from "../steps/assert-exist"
import { forgetCachedProductsStep } from "../steps/forget-cached-products"
import { updateFestivalStep } from "../steps/update-festival"
import { validateFestivalStep } from "../steps/validate-festival"
import { FESTIVAL_WINDOW_FIELDS, priceListWindowOf, type FestivalFields } from "../utils/festival-fields"
import { festivalLinks, idsOf, ownFieldsOf, priceListIdsOf } from "../utils/links"

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
  const { data: festivals } = useQueryGraphStep({
    entity: "festival",
    fields: FESTIVAL_WINDOW_FIELDS,
    filters: { id: input.id },
  }).config({ name: "read-festival-window" })
  updatePriceListsStep(transform({ festivals }, priceListWindowOf))
  forgetCachedProductsStep(transform({ diff }, ({ diff }) => diff.event.product_ids))
  emitEventStep({ eventName: FESTIVAL_EVENTS.updated, data: diff.event })
  return new WorkflowResponse(festival)
})
