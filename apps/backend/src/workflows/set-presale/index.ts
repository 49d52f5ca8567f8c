import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, updateInventoryLevelsStep } from "@medusajs/medusa/core-flows"
import { forgetCachedProductsStep } from "../steps/forget-cached-products"
import { planPresaleStep, type SetPresaleInput } from "./steps/plan-presale"
import { savePresaleStep } from "./steps/save-presale"

export type { SetPresaleInput } from "./steps/plan-presale"

/**
 * Sells a variant ahead of its harvest, or stops: its ship-from date (the variant's pre-sale terms, linked) and its
 * cap, kept as the variant's stock so Medusa's checkout sells no more than that (Medusa's inventory step restores the
 * old count if a later step fails). `product.updated` then tells search and the storefront.
 */
export const setPresaleWorkflow = createWorkflow("set-presale", (input: SetPresaleInput) => {
  const plan = planPresaleStep(input)
  savePresaleStep(plan)
  when({ plan }, ({ plan }) => plan.level !== null).then(() => {
    updateInventoryLevelsStep(transform({ plan }, ({ plan }) => [plan.level!]))
  })
  const productIds = transform({ plan }, ({ plan }) => [plan.product_id])
  forgetCachedProductsStep(productIds)
  emitEventStep({ eventName: "product.updated", data: transform({ plan }, ({ plan }) => ({ id: plan.product_id })) })
  return new WorkflowResponse(plan)
})
