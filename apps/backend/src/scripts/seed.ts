import type { ExecArgs, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { SEED_PRODUCTS, seedSku } from "./seed/catalog"
import { placeDemoOrders, seedFestival } from "./seed/festival"
import { seedProducts } from "./seed/products"
import { seedShipping } from "./seed/shipping"
import { SALES_CHANNEL_NAME, seedShop } from "./seed/shop"
import { seedCooperatives } from "./seed/warehouses"

export { PUBLISHABLE_KEY_TITLE, SALES_CHANNEL_NAME } from "./seed/shop"
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
  if ((await container.resolve(Modules.SALES_CHANNEL).listSalesChannels({ name: SALES_CHANNEL_NAME })).length) {
    logger.info("Seed: demo catalog already present, nothing to do")
    return { seeded: false }
  }

  // Activate the (empty) product search index first, so the events of everything created below update it.
  const search = container.resolve(Modules.SEARCH)
  await search.reindex({ index: "product" })

  logger.info("Seed: store, region and sales channel")
  const { region, salesChannel, publishableKey } = await seedShop(container)
  logger.info("Seed: cooperatives and their warehouses")
  const { locations, cooperatives } = await seedCooperatives(container, salesChannel.id)
  logger.info("Seed: shipping (普通快递, 冷链快递)")
  await seedShipping(container, locations[0].id, region.id)
  const products = await seedProducts(container, { salesChannelId: salesChannel.id, locations, cooperatives })

  logger.info("Seed: 台阿线上年货节 and its first orders")
  const priceBySku = new Map(SEED_PRODUCTS.flatMap((p) => p.variants.map((v) => [seedSku(p.handle, v.grams), v.price])))
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
