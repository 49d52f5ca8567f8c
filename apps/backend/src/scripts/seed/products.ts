import type { LinkDefinition, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  createInventoryLevelsWorkflow,
  createProductCategoriesWorkflow,
  createProductsWorkflow,
  createTranslationsWorkflow,
  uploadFilesWorkflow,
} from "@medusajs/medusa/core-flows"
import { PRODUCE_MODULE } from "../../modules/produce"
import type ProduceModuleService from "../../modules/produce/service"
import { SEED_PRODUCTS, type SeedProduct, seedSku, weightLabel } from "./catalog"
import { SEED_CATEGORIES, SEED_COOPERATIVES } from "./cooperatives"
import { drawProduce } from "./illustrations"
import { setPresaleWorkflow } from "../../workflows/set-presale"
import { defaultShippingProfile } from "./shipping"
import { EN } from "./shop"

type Seeded = { salesChannelId: string; locations: { id: string }[]; cooperatives: { id: string; handle: string }[] }

/**
 * Six categories and the 17 products: drawn pictures, net-weight variants with CNY prices, produce facts, their
 * cooperative, stock at the cooperative's warehouse and English translations; the gift boxes as kits of loose
 * variants, and the pre-sale's ship date and cap. Resolves with the products in catalog order.
 */
export async function seedProducts(container: MedusaContainer, { salesChannelId, locations, cooperatives }: Seeded) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
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
  const toProduct = (p: SeedProduct, partItem: (sku: string) => string) => {
    const i = SEED_PRODUCTS.indexOf(p)
    return {
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
        sku: seedSku(p.handle, v.grams),
        weight: v.grams,
        manage_inventory: true,
        options: { 净重: weightLabel(v.grams) },
        prices: [{ amount: v.price, currency_code: "cny" }],
        // A gift box has no stock of its own: Medusa reserves and deducts its parts (an inventory kit).
        ...(v.parts && {
          inventory_items: v.parts.map((part) => ({ inventory_item_id: partItem(part.sku), required_quantity: part.quantity })),
        }),
      })),
      sales_channels: [{ id: salesChannelId }],
    }
  }
  // Loose products first: their variants' inventory items are the gift boxes' parts.
  const isKit = (p: SeedProduct) => p.variants.some((v) => v.parts)
  const { result: loose } = await createProductsWorkflow(container).run({
    input: { products: SEED_PRODUCTS.filter((p) => !isKit(p)).map((p) => toProduct(p, () => "")) },
  })
  const { data: looseVariants } = await query.graph({
    entity: "variant",
    fields: ["sku", "inventory_items.inventory_item_id"],
    filters: { product_id: loose.map((p) => p.id) },
  })
  const inventoryBySku = new Map(looseVariants.map((v) => [v.sku, v.inventory_items?.[0]?.inventory_item_id]))
  const partItem = (sku: string) => inventoryBySku.get(sku) ?? missing(`gift box part ${sku}`)
  const { result: kits } = await createProductsWorkflow(container).run({
    input: { products: SEED_PRODUCTS.filter(isKit).map((p) => toProduct(p, partItem)) },
  })
  const byHandle = new Map([...loose, ...kits].map((p) => [p.handle, p]))
  const products = SEED_PRODUCTS.map((p) => byHandle.get(p.handle)!)

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
  await createInventoryLevelsWorkflow(container).run({
    input: {
      inventory_levels: SEED_PRODUCTS.flatMap((p) =>
        p.variants.flatMap((v) =>
          v.parts
            ? []
            : [{ location_id: locationByCoop.get(p.cooperative)!, inventory_item_id: partItem(seedSku(p.handle, v.grams)), stocked_quantity: v.stock }]
        )
      ),
    },
  })

  logger.info("Seed: pre-sale of next season's apples")
  for (const p of SEED_PRODUCTS.filter((p) => p.presale)) {
    for (const v of p.variants) {
      const variant = products.find((x) => x.handle === p.handle)!.variants.find((x) => x.sku === seedSku(p.handle, v.grams))!
      await setPresaleWorkflow(container).run({ input: { variant_id: variant.id, ships_on: p.presale!.ships_on, cap: v.stock } })
    }
  }

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
  return products
}

function missing(what: string): never {
  throw new Error(`Seed: no inventory item for ${what}`)
}
