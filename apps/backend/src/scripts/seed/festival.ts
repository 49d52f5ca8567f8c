import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  addShippingMethodToCartWorkflow,
  completeCartWorkflow,
  createCartWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
  createPriceListsWorkflow,
  listShippingOptionsForCartWorkflow,
} from "@medusajs/medusa/core-flows"
import { createFestivalWorkflow } from "../../workflows/create-festival"
import { snapshotOrderWeightsWorkflow } from "../../workflows/snapshot-order-weights"

export const DEMO_FESTIVAL_HANDLE = "tai-a-new-year-festival"
const DAY_MS = 24 * 60 * 60 * 1000

/** Festival prices: 10 % off these products' variants while the festival runs. */
const FESTIVAL_DEALS = [
  "alar-junzao-jujube-special",
  "alar-huizao-jujube-first",
  "aksu-rock-sugar-heart-apple",
  "korla-fragrant-pear",
  "aksu-thin-shell-walnut",
  "tai-a-new-year-gift-box",
]

type SeededProduct = { id: string; handle: string; variants: Array<{ id: string; prices?: unknown }> }

/**
 * 台阿线上年货节: live from seed time for 10 days with a 200 t target, every product taking part, festival
 * prices on six of them through a Medusa price list.
 */
export async function seedFestival(
  container: MedusaContainer,
  products: SeededProduct[],
  priceOf: (variantId: string) => number,
  now = new Date()
) {
  const startsAt = new Date(Math.floor(now.getTime() / 60_000) * 60_000)
  const endsAt = new Date(startsAt.getTime() + 10 * DAY_MS)
  const deals = products.filter((p) => FESTIVAL_DEALS.includes(p.handle))
  const {
    result: [priceList],
  } = await createPriceListsWorkflow(container).run({
    input: {
      price_lists_data: [
        {
          title: "台阿线上年货节 节日价",
          description: "Festival prices, 10% off",
          status: "active",
          starts_at: startsAt.toISOString(),
          ends_at: endsAt.toISOString(),
          prices: deals.flatMap((p) =>
            p.variants.map((v) => ({ variant_id: v.id, currency_code: "cny", amount: Math.round(priceOf(v.id) * 0.9) }))
          ),
        },
      ],
    },
  })
  const { result: festival } = await createFestivalWorkflow(container).run({
    input: {
      handle: DEMO_FESTIVAL_HANDLE,
      title_zh: "台阿线上年货节",
      title_en: "Taizhou–Alar Online New-Year Goods Festival",
      description_zh: "台州与阿拉尔对口协作：十天线上年货节，南疆红枣、苹果、香梨、核桃从合作社直达城市餐桌。",
      description_en:
        "Ten days of New-Year shopping from the Taizhou–Alar partnership: jujubes, apples, pears and walnuts straight from the cooperatives.",
      starts_at: startsAt,
      ends_at: endsAt,
      timezone: "Asia/Shanghai",
      target_kg: 200_000,
      product_ids: products.map((p) => p.id),
      price_list_id: priceList.id,
    },
  })
  return festival
}

/** A small deterministic generator, so every fresh seed has the same demo orders. */
function mulberry32(seed: number) {
  return () => {
    seed |= 0
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const BUYERS = [
  { first_name: "林", last_name: "晓", province: "浙江省", city: "台州市", address_1: "椒江区 市府大道 100 号" },
  { first_name: "陈", last_name: "静", province: "上海市", city: "上海市", address_1: "浦东新区 世纪大道 88 号" },
  { first_name: "王", last_name: "磊", province: "北京市", city: "北京市", address_1: "朝阳区 建国路 66 号" },
  { first_name: "张", last_name: "敏", province: "广东省", city: "广州市", address_1: "天河区 体育西路 12 号" },
]

export type DemoOrder = {
  regionId: string
  salesChannelId: string
  email: string
  /** Index into the demo buyers (name and address). */
  buyer: number
  items: { variant_id: string; quantity: number }[]
}

/** Places one order through Medusa's own cart and checkout workflows (普通快递, pay on delivery); returns its id. */
export async function placeOrder(container: MedusaContainer, order: DemoOrder): Promise<string> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const buyer = BUYERS[order.buyer % BUYERS.length]
  const { result: cart } = await createCartWorkflow(container).run({
    input: {
      region_id: order.regionId,
      sales_channel_id: order.salesChannelId,
      currency_code: "cny",
      email: order.email,
      shipping_address: { ...buyer, country_code: "cn", phone: `1380000${String(1000 + order.buyer).padStart(4, "0")}` },
      items: order.items,
    },
  })
  const { result: options } = await listShippingOptionsForCartWorkflow(container).run({ input: { cart_id: cart.id } })
  await addShippingMethodToCartWorkflow(container).run({
    input: { cart_id: cart.id, options: [{ id: options.find((o: { name: string }) => o.name === "普通快递")!.id }] },
  })
  await createPaymentCollectionForCartWorkflow(container).run({ input: { cart_id: cart.id } })
  const {
    data: [withPayment],
  } = await query.graph({ entity: "cart", fields: ["payment_collection.id"], filters: { id: cart.id } })
  await createPaymentSessionsWorkflow(container).run({
    input: { payment_collection_id: withPayment.payment_collection!.id, provider_id: "pp_system_default" },
  })
  const { result } = await completeCartWorkflow(container).run({ input: { id: cart.id } })
  await snapshotOrderWeightsWorkflow(container).run({ input: { order_id: result.id } })
  return result.id
}

/** Places `count` demo orders of one to three random lines each. */
export async function placeDemoOrders(
  container: MedusaContainer,
  input: { count: number; regionId: string; salesChannelId: string; variantIds: string[]; seed?: number }
): Promise<string[]> {
  const random = mulberry32(input.seed ?? 2021)
  const orderIds: string[] = []
  for (let n = 0; n < input.count; n++) {
    const lines = 1 + Math.floor(random() * 3)
    const items = Array.from({ length: lines }, () => ({
      variant_id: input.variantIds[Math.floor(random() * input.variantIds.length)],
      quantity: 1 + Math.floor(random() * 3),
    }))
    orderIds.push(
      await placeOrder(container, {
        regionId: input.regionId,
        salesChannelId: input.salesChannelId,
        email: `buyer${n + 1}@tarim.demo`,
        buyer: n,
        items,
      })
    )
  }
  return orderIds
}
