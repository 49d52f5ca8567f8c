import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep, dismissRemoteLinkStep, emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { COOPERATIVE_EVENTS } from "../../lib/events"
import { assertExistStep } from "../steps/assert-exist"
import { validateCooperativeLinksStep } from "../steps/validate-cooperative-links"
import { cooperativeLinks, idsOf } from "../utils/links"
import { updateCooperativeStep, type UpdateCooperativeFields } from "./steps/update-cooperative"

export type UpdateCooperativeInput = UpdateCooperativeFields & { product_ids?: string[]; stock_location_ids?: string[] }

/**
 * Updates a cooperative. `product_ids` / `stock_location_ids`, when given, replace its linked products /
 * stock locations.
 */
export const updateCooperativeWorkflow = createWorkflow("update-cooperative", (input: UpdateCooperativeInput) => {
  const { data: existing } = useQueryGraphStep({
    entity: "cooperative",
    fields: ["id", "products.id", "stock_locations.id"],
    filters: { id: input.id },
    options: { throwIfKeyNotFound: true },
  })
  assertExistStep({ product: input.product_ids, stock_location: input.stock_location_ids })
  validateCooperativeLinksStep({ cooperative_id: input.id, product_ids: input.product_ids })
  const fields = transform({ input }, ({ input }) => {
    const { product_ids, stock_location_ids, ...rest } = input
    return rest
  })
  const cooperative = updateCooperativeStep(fields)
  const diff = transform({ input, existing }, ({ input, existing }) => {
    const current = existing[0]
    const oldProducts = idsOf(current.products)
    const oldLocations = idsOf(current.stock_locations)
    const newProducts = input.product_ids ?? oldProducts
    const newLocations = input.stock_location_ids ?? oldLocations
    return {
      remove: cooperativeLinks(
        input.id,
        oldProducts.filter((id) => !newProducts.includes(id)),
        oldLocations.filter((id) => !newLocations.includes(id))
      ),
      add: cooperativeLinks(
        input.id,
        newProducts.filter((id) => !oldProducts.includes(id)),
        newLocations.filter((id) => !oldLocations.includes(id))
      ),
      event: { id: input.id, product_ids: [...new Set([...oldProducts, ...newProducts])] },
    }
  })
  when({ diff }, ({ diff }) => diff.remove.length > 0).then(() => {
    dismissRemoteLinkStep(diff.remove)
  })
  when({ diff }, ({ diff }) => diff.add.length > 0).then(() => {
    createRemoteLinkStep(diff.add)
  })
  emitEventStep({ eventName: COOPERATIVE_EVENTS.updated, data: diff.event })
  return new WorkflowResponse(cooperative)
})
