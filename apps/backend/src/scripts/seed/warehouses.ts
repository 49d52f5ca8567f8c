import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStockLocationsWorkflow, linkSalesChannelsToStockLocationWorkflow } from "@medusajs/medusa/core-flows"
import { createCooperativesWorkflow } from "../../workflows/create-cooperatives"
import { SEED_COOPERATIVES } from "./cooperatives"

/** The four cooperatives, each with its warehouse, which sells through the shop's sales channel. */
export async function seedCooperatives(container: MedusaContainer, salesChannelId: string) {
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const { result: locations } = await createStockLocationsWorkflow(container).run({
    input: {
      locations: SEED_COOPERATIVES.map((c) => ({
        name: c.location.name,
        address: { country_code: "cn", province: "新疆维吾尔自治区", city: c.location.city, address_1: c.location.address_1 },
      })),
    },
  })
  const { result: cooperatives } = await createCooperativesWorkflow(container).run({
    input: {
      cooperatives: SEED_COOPERATIVES.map(({ location, ...coop }, i) => ({ ...coop, stock_location_ids: [locations[i].id] })),
    },
  })
  for (const location of locations) {
    await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: location.id, add: [salesChannelId] } })
    await link.create({
      [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
      [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
    })
  }
  return { locations, cooperatives }
}
