import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { dismissRemoteLinkStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { cooperativeLinks, idsOf } from "../steps/cooperative-links"
import { deleteCooperativeStep } from "./steps/delete-cooperative"

/** Deletes a cooperative and unlinks its products and stock locations (which themselves stay). */
export const deleteCooperativeWorkflow = createWorkflow("delete-cooperative", (input: { id: string }) => {
  const { data: existing } = useQueryGraphStep({
    entity: "cooperative",
    fields: ["id", "products.id", "stock_locations.id"],
    filters: { id: input.id },
    options: { throwIfKeyNotFound: true },
  })
  const links = transform({ existing }, ({ existing }) =>
    cooperativeLinks(
      existing[0].id,
      idsOf(existing[0].products),
      idsOf(existing[0].stock_locations)
    )
  )
  dismissRemoteLinkStep(links)
  const id = deleteCooperativeStep(input.id)
  return new WorkflowResponse({ id, object: "cooperative", deleted: true })
})
