import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep, emitEventStep } from "@medusajs/medusa/core-flows"
import { COOPERATIVE_EVENTS } from "../../lib/events"
import { assertExistStep } from "../steps/assert-exist"
import { validateCooperativeLinksStep } from "../steps/validate-cooperative-links"
import { cooperativeLinks } from "../utils/links"
import { createCooperativesStep, type CooperativeFields } from "./steps/create-cooperatives"

export type CreateCooperativeInput = CooperativeFields & { product_ids?: string[]; stock_location_ids?: string[] }

/** Creates cooperatives and links them to their products and stock locations. */
export const createCooperativesWorkflow = createWorkflow(
  "create-cooperatives",
  (input: { cooperatives: CreateCooperativeInput[] }) => {
    const check = transform({ input }, ({ input }) => ({
      product_ids: input.cooperatives.flatMap((c) => c.product_ids ?? []),
      stock_location_ids: input.cooperatives.flatMap((c) => c.stock_location_ids ?? []),
    }))
    assertExistStep({ product: check.product_ids, stock_location: check.stock_location_ids })
    validateCooperativeLinksStep(check)
    const fields = transform({ input }, ({ input }) =>
      input.cooperatives.map(({ product_ids, stock_location_ids, ...rest }) => rest)
    )
    const cooperatives = createCooperativesStep(fields)
    const links = transform({ input, cooperatives }, ({ input, cooperatives }) =>
      cooperatives.flatMap((c, i) =>
        cooperativeLinks(c.id, input.cooperatives[i].product_ids, input.cooperatives[i].stock_location_ids)
      )
    )
    createRemoteLinkStep(links)
    const events = transform({ input, cooperatives }, ({ input, cooperatives }) =>
      cooperatives.map((c, i) => ({ id: c.id, product_ids: input.cooperatives[i].product_ids ?? [] }))
    )
    emitEventStep({ eventName: COOPERATIVE_EVENTS.created, data: events })
    return new WorkflowResponse(cooperatives)
  }
)
