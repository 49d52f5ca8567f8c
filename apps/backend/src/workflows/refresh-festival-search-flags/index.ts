import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { FESTIVAL_EVENTS } from "../../lib/events"
import { forgetCachedProductsStep } from "../steps/forget-cached-products"
import { findStaleFestivalFlagsStep } from "./steps/find-stale-festival-flags"

/**
 * A festival opened or closed: re-indexes the products whose festival flag is now wrong and drops their cached store
 * reads, whose prices changed with the window.
 */
export const refreshFestivalSearchFlagsWorkflow = createWorkflow("refresh-festival-search-flags", () => {
  const stale = findStaleFestivalFlagsStep()
  when({ stale }, ({ stale }) => stale.length > 0).then(() => {
    forgetCachedProductsStep(stale)
    const event = transform({ stale }, ({ stale }) => ({ product_ids: stale }))
    emitEventStep({ eventName: FESTIVAL_EVENTS.windowChanged, data: event })
  })
  return new WorkflowResponse(stale)
})
