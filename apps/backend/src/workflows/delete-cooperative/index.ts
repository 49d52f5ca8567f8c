import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { dismissRemoteLinkStep, emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { COOPERATIVE_EVENTS } from "../../lib/events"
import { cooperativeLinks, idsOf } from "../utils/links"
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
  const event = transform({ existing }, ({ existing }) => ({ id: existing[0].id, product_ids: idsOf(existing[0].products) }))
  emitEventStep({ eventName: COOPERATIVE_EVENTS.deleted, data: event })
  return new WorkflowResponse({ id, object: "cooperative", deleted: true })
})
