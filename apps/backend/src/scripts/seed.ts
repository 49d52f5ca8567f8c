import type { ExecArgs, LinkDefinition, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createInventoryLevelsWorkflow,
  createProductCategoriesWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  createTranslationsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateSalesChannelsWorkflow,
  updateStoresWorkflow,
  uploadFilesWorkflow,
} from "@medusajs/medusa/core-flows"
import { createCooperativesWorkflow } from "../workflows/create-cooperatives"
import { PRODUCE_MODULE } from "../modules/produce"
import type ProduceModuleService from "../modules/produce/service"
import { SEED_PRODUCTS, weightLabel } from "./seed/catalog"
import { SEED_CATEGORIES, SEED_COOPERATIVES } from "./seed/cooperatives"
import { placeDemoOrders, seedFestival } from "./seed/festival"
import { drawProduce } from "./seed/illustrations"

export const SALES_CHANNEL_NAME = "Tarim Market"
export const PUBLISHABLE_KEY_TITLE = "Tarim Market storefront"
const EN = "en-US"
/** Orders the seed places so the festival's progress bar starts above zero. */
export const DEMO_ORDER_COUNT = 12

/** `medusa exec ./src/scripts/seed.ts`: the demo catalog, once. */
export default async function seed({ container }: ExecArgs) {
  await seedDemoCatalog(container)
}

/**
 * Seeds the Alar/Aksu demo shop: store, China region (CNY), sales channel and publishable key, four cooperatives
 * with their warehouses, shipping options, six categories and 16 products with stock, images, produce facts and
 * English translations, then 台阿线上年货节 with `demoOrders` orders. Does nothing if the sales channel already exists.
 */
export async function seedDemoCatalog(
  container: MedusaContainer,
  { demoOrders = DEMO_ORDER_COUNT }: { demoOrders?: number } = {}
): Promise<{ seeded: boolean }> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const salesChannelService = container.resolve(Modules.SALES_CHANNEL)

  if ((await salesChannelService.listSalesChannels({ name: SALES_CHANNEL_NAME })).length) {
    logger.info("Seed: demo catalog already present, nothing to do")
    return { seeded: false }
  }

  // Activate the (empty) product search index first, so the events of everything created below update it.
  const search = container.resolve(Modules.SEARCH)
  await search.reindex({ index: "product" })

  logger.info("Seed: store, region and sales channel")
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

  logger.info("Seed: cooperatives and their warehouses")
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
    await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: location.id, add: [salesChannel.id] } })
    await link.create({
      [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
      [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
    })
  }

  logger.info("Seed: shipping (普通快递, 冷链快递)")
  await seedShipping(container, locations[0].id, region.id)

  logger.info("Seed: categories")
  const { result: categories } = await createProductCategoriesWorkflow(container).run({
    input: {
      product_categories: SEED_CATEGORIES.map((c, rank) => ({
        name: c.name_zh,
        handle: c.handle,
        rank,
        is_active: true,
        metadata: { name_en: c.name_en },
      })),
    },
  })

  logger.info(`Seed: drawing and uploading ${SEED_PRODUCTS.length} product images`)
  const { result: files } = await uploadFilesWorkflow(container).run({
    input: {
      files: SEED_PRODUCTS.map((p, i) => ({
        filename: `${p.handle}.svg`,
        mimeType: "image/svg+xml",
        content: Buffer.from(drawProduce(p.drawing, i)).toString("base64"),
        access: "public" as const,
      })),
    },
  })

  logger.info(`Seed: ${SEED_PRODUCTS.length} products`)
  const shippingProfileId = await defaultShippingProfile(container)
  const categoryId = (handle: string) => categories.find((c) => c.handle === handle)!.id
  const { result: products } = await createProductsWorkflow(container).run({
    input: {
      products: SEED_PRODUCTS.map((p, i) => ({
        title: p.title_zh,
        subtitle: p.subtitle_zh,
        description: p.description_zh,
        handle: p.handle,
        status: ProductStatus.PUBLISHED,
        origin_country: "cn",
        shipping_profile_id: shippingProfileId,
        category_ids: [categoryId(p.category)],
        thumbnail: files[i].url,
        images: [{ url: files[i].url }],
        options: [{ title: "净重", values: p.variants.map((v) => weightLabel(v.grams)) }],
        variants: p.variants.map((v) => ({
          title: weightLabel(v.grams),
          sku: `${p.handle}-${v.grams}g`,
          weight: v.grams,
          manage_inventory: true,
          options: { 净重: weightLabel(v.grams) },
          prices: [{ amount: v.price, currency_code: "cny" }],
        })),
        sales_channels: [{ id: salesChannel.id }],
      })),
    },
  })

  logger.info("Seed: produce facts, cooperative links and stock")
  const produce: ProduceModuleService = container.resolve(PRODUCE_MODULE)
  const facts = await produce.createProduceFacts(SEED_PRODUCTS.map((p) => p.facts))
  const coopByHandle = new Map(cooperatives.map((c) => [c.handle, c]))
  const locationByCoop = new Map(SEED_COOPERATIVES.map((c, i) => [c.handle, locations[i].id]))
  await link.create(
    products.flatMap((product, i): LinkDefinition[] => [
      { [Modules.PRODUCT]: { product_id: product.id }, [PRODUCE_MODULE]: { produce_facts_id: facts[i].id } },
      {
        cooperative: { cooperative_id: coopByHandle.get(SEED_PRODUCTS[i].cooperative)!.id },
        [Modules.PRODUCT]: { product_id: product.id },
      },
    ])
  )
  const { data: variants } = await query.graph({
    entity: "variant",
    fields: ["sku", "inventory_items.inventory_item_id"],
    filters: { product_id: products.map((p) => p.id) },
  })
  const inventoryBySku = new Map(variants.map((v) => [v.sku, v.inventory_items?.[0]?.inventory_item_id]))
  await createInventoryLevelsWorkflow(container).run({
    input: {
      inventory_levels: SEED_PRODUCTS.flatMap((p) =>
        p.variants.map((v) => ({
          location_id: locationByCoop.get(p.cooperative)!,
          inventory_item_id: inventoryBySku.get(`${p.handle}-${v.grams}g`)!,
          stocked_quantity: v.stock,
        }))
      ),
    },
  })

  logger.info("Seed: English translations")
  await createTranslationsWorkflow(container).run({
    input: {
      translations: [
        ...products.map((product, i) => ({
          reference_id: product.id,
          reference: "product",
          locale_code: EN,
          translations: {
            title: SEED_PRODUCTS[i].title_en,
            subtitle: SEED_PRODUCTS[i].subtitle_en,
            description: SEED_PRODUCTS[i].description_en,
          },
        })),
        ...products.map((product) => ({
          reference_id: product.options[0].id,
          reference: "product_option",
          locale_code: EN,
          translations: { title: "Net weight" },
        })),
        ...categories.map((c) => ({
          reference_id: c.id,
          reference: "product_category",
          locale_code: EN,
          translations: { name: SEED_CATEGORIES.find((s) => s.handle === c.handle)!.name_en },
        })),
      ],
    },
  })

  logger.info("Seed: 台阿线上年货节 and its first orders")
  const priceBySku = new Map(SEED_PRODUCTS.flatMap((p) => p.variants.map((v) => [`${p.handle}-${v.grams}g`, v.price])))
  const skuByVariant = new Map(products.flatMap((p) => p.variants.map((v) => [v.id, v.sku!])))
  await seedFestival(container, products, (variantId) => priceBySku.get(skuByVariant.get(variantId)!)!)
  await placeDemoOrders(container, {
    count: demoOrders,
    regionId: region.id,
    salesChannelId: salesChannel.id,
    variantIds: products.flatMap((p) => p.variants.map((v) => v.id)),
  })

  // Cooperatives, produce facts and the festival are linked after the products were created (and indexed).
  // The module's own call, awaited: the admin route's workflow runs in the background and would outlive the seed.
  logger.info("Seed: rebuilding the product search index")
  await search.reindex({ index: "product" })

  logger.info(`Seed: done. Publishable key: ${publishableKey.token}`)
  return { seeded: true }
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

async function defaultShippingProfile(container: MedusaContainer): Promise<string> {
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
async function seedShipping(container: MedusaContainer, locationId: string, regionId: string) {
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
