import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/**
 * Drops Medusa's cached store reads (Caching Module) that hold these products. Their calculated prices depend on a
 * festival price list's dates, which no product event reports: a window that is set, moved or passed would otherwise
 * show the old price until the entry expires (an hour).
 */
export const forgetCachedProductsStep = createStep("forget-cached-products", async (productIds: string[], { container }) => {
  if (productIds.length) await container.resolve(Modules.CACHING).clear({ tags: productIds.map((id) => `Product:${id}`) })
  return new StepResponse(productIds.length)
})
