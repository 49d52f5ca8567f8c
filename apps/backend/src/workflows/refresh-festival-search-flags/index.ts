import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { FESTIVAL_EVENTS } from "../../lib/events"
import { findStaleFestivalFlagsStep } from "./steps/find-stale-festival-flags"

/** Re-indexes the products whose festival flag a festival opening or closing has made wrong. */
export const refreshFestivalSearchFlagsWorkflow = createWorkflow("refresh-festival-search-flags", () => {
  const stale = findStaleFestivalFlagsStep()
  when({ stale }, ({ stale }) => stale.length > 0).then(() => {
    const event = transform({ stale }, ({ stale }) => ({ product_ids: stale }))
    emitEventStep({ eventName: FESTIVAL_EVENTS.windowChanged, data: event })
  })
  return new WorkflowResponse(stale)
})
