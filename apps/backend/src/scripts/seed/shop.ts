import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  updateSalesChannelsWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"

export const SALES_CHANNEL_NAME = "Tarim Market"
export const PUBLISHABLE_KEY_TITLE = "Tarim Market storefront"
export const EN = "en-US"

/** The store in CNY (zh-CN and en-US), the China region with its payment providers, the sales channel and its key. */
export async function seedShop(container: MedusaContainer) {
  const [store] = await container.resolve(Modules.STORE).listStores()
  const salesChannel = await ownSalesChannel(container, store.default_sales_channel_id)
  const {
    result: [region],
  } = await createRegionsWorkflow(container).run({
    input: {
      regions: [
        {
          name: "中国大陆",
          currency_code: "cny",
          countries: ["cn"],
          payment_providers: ["pp_system_default", ...(process.env.STRIPE_API_KEY ? ["pp_stripe_stripe"] : [])],
          automatic_taxes: true,
        },
      ],
    },
  })
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: "塔里木集市 Tarim Market",
        supported_currencies: [{ currency_code: "cny", is_default: true }],
        supported_locales: [{ locale_code: "zh-CN" }, { locale_code: EN }],
        default_sales_channel_id: salesChannel.id,
        default_region_id: region.id,
      },
    },
  })
  await createTaxRegionsWorkflow(container).run({ input: [{ country_code: "cn", provider_id: "tp_system" }] })
  const {
    result: [publishableKey],
  } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: PUBLISHABLE_KEY_TITLE, type: "publishable", created_by: "" }] },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: publishableKey.id, add: [salesChannel.id] } })
  return { region, salesChannel, publishableKey }
}

/** Medusa starts with a default sales channel: it becomes the shop's one channel (created if missing). */
async function ownSalesChannel(container: MedusaContainer, defaultId?: string | null) {
  const channel = { name: SALES_CHANNEL_NAME, description: "塔里木集市 · 合作社直销" }
  if (defaultId) {
    await updateSalesChannelsWorkflow(container).run({ input: { selector: { id: defaultId }, update: channel } })
    return container.resolve(Modules.SALES_CHANNEL).retrieveSalesChannel(defaultId)
  }
  const { result } = await createSalesChannelsWorkflow(container).run({ input: { salesChannelsData: [channel] } })
  return result[0]
}
