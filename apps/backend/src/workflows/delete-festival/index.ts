import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { dismissRemoteLinkStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { idsOf } from "../steps/cooperative-links"
import { deleteFestivalStep, festivalLinks } from "../steps/festival-steps"

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
  return new WorkflowResponse({ id, object: "festival", deleted: true })
})
