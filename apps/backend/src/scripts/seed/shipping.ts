import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createShippingOptionsWorkflow, createShippingProfilesWorkflow, createTranslationsWorkflow } from "@medusajs/medusa/core-flows"
import { EN } from "./shop"

/** The shipping profile every product uses (Medusa's default one, created when missing). */
export async function defaultShippingProfile(container: MedusaContainer): Promise<string> {
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const [existing] = await fulfillment.listShippingProfiles({ type: "default" })
  if (existing) return existing.id
  const {
    result: [profile],
  } = await createShippingProfilesWorkflow(container).run({
    input: { data: [{ name: "默认 Default", type: "default" }] },
  })
  return profile.id
}

/** Nationwide shipping from the main warehouse: ordinary express and cold chain, flat CNY prices. */
export async function seedShipping(container: MedusaContainer, locationId: string, regionId: string) {
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const set = await fulfillment.createFulfillmentSets({
    name: "全国配送 Nationwide",
    type: "shipping",
    service_zones: [{ name: "中国大陆", geo_zones: [{ country_code: "cn", type: "country" }] }],
  })
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: locationId },
    [Modules.FULFILLMENT]: { fulfillment_set_id: set.id },
  })
  const profileId = await defaultShippingProfile(container)
  const option = (name: string, code: string, description: string, amount: number) => ({
    name,
    price_type: "flat" as const,
    provider_id: "manual_manual",
    service_zone_id: set.service_zones[0].id,
    shipping_profile_id: profileId,
    type: { label: name, description, code },
    prices: [
      { currency_code: "cny", amount },
      { region_id: regionId, amount },
    ],
    rules: [
      { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
      { attribute: "is_return", value: "false", operator: "eq" as const },
    ],
  })
  const { result: options } = await createShippingOptionsWorkflow(container).run({
    input: [
      option("普通快递", "standard", "3–5 天送达 · 3–5 days", 12),
      option("冷链快递", "cold-chain", "顺丰冷链 1–3 天 · cold chain, 1–3 days", 28),
    ],
  })
  await createTranslationsWorkflow(container).run({
    input: {
      translations: [
        { reference_id: options[0].id, reference: "shipping_option", locale_code: EN, translations: { name: "Standard express" } },
        { reference_id: options[1].id, reference: "shipping_option", locale_code: EN, translations: { name: "Cold-chain express" } },
      ],
    },
  })
}
