import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { dismissRemoteLinkStep, emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { FESTIVAL_EVENTS } from "../../lib/events"
import { deleteFestivalStep } from "../steps/delete-festival"
import { festivalLinks, idsOf } from "../utils/links"

/** Deletes a festival and unlinks its products and price list (both stay). */
export const deleteFestivalWorkflow = createWorkflow("delete-festival", (input: { id: string }) => {
  const { data: existing } = useQueryGraphStep({
    entity: "festival",
    fields: ["id", "products.id", "price_list.id"],
    filters: { id: input.id },
    options: { throwIfKeyNotFound: true },
  })
  const links = transform({ existing }, ({ existing }) =>
    festivalLinks(existing[0].id, idsOf(existing[0].products), existing[0].price_list ? [existing[0].price_list.id] : [])
  )
  dismissRemoteLinkStep(links)
  const id = deleteFestivalStep(input.id)
  const event = transform({ existing }, ({ existing }) => ({ id: existing[0].id, product_ids: idsOf(existing[0].products) }))
  emitEventStep({ eventName: FESTIVAL_EVENTS.deleted, data: event })
  return new WorkflowResponse({ id, object: "festival", deleted: true })
})
