import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STOREFRONT_MODULE } from "../../modules/storefront"
import type StorefrontModuleService from "../../modules/storefront/service"

/** The absolute storefront URL of a path, for links in messages (reads only). */
export const storefrontLinkStep = createStep("storefront-link", async (path: string, { container }) => {
  const storefront: StorefrontModuleService = container.resolve(STOREFRONT_MODULE)
  return new StepResponse(storefront.pageUrl(path))
})
