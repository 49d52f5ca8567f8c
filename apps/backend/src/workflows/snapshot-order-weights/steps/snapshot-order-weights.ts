import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { giftBoxParts } from "../../../lib/gift-boxes"

/** Metadata key on an order line item holding the variant's net grams per unit when the order was placed. */
export const NET_WEIGHT_KEY = "net_weight_g"
/** Metadata key on a pre-sale line item holding the day it ships from ("YYYY-MM-DD"), as sold. */
export const PRESALE_KEY = "presale_ships_on"
/** Metadata key on a gift box's line item holding its contents when the order was placed (see `LinePart`). */
export const PARTS_KEY = "parts"

/** One part of a gift box as its order line records it: the loose variant it draws on, per box. */
export type LinePart = {
  product_id: string
  variant_id: string
  sku: string
  title: string
  /** The part's net grams in one box: the loose variant's grams × `quantity`. */
  net_weight_g: number
  /** How many of the loose variant one box holds (the kit's required quantity). */
  quantity: number
}

type Previous = Array<{ id: string; metadata: Record<string, unknown> | null }>

const grams = (weight: unknown) => (weight != null && Number.isInteger(Number(weight)) && Number(weight) > 0 ? Number(weight) : null)

/**
 * Copies each line's net grams onto the order line item, once: lines that already carry a snapshot keep it, so
 * editing a variant later never changes a past figure. A pre-sale line records the day it ships from; a gift box
 * records its contents (`parts`: each loose variant, how many a box holds, their grams) and weighs what they weigh
 * together. Compensation restores the metadata.
 */
export const snapshotOrderWeightsStep = createStep(
  "snapshot-order-weights",
  async ({ order_id }: { order_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [order],
    } = await query.graph(
      { entity: "order", fields: ["id", "items.id", "items.variant_id", "items.metadata"], filters: { id: order_id } },
      { throwIfKeyNotFound: true }
    )
    const pending = (order.items ?? []).filter((item) => item && item.metadata?.[NET_WEIGHT_KEY] === undefined)
    if (!pending.length) return new StepResponse([], [] as Previous)

    const variantIds = [...new Set(pending.map((item) => item!.variant_id).filter(Boolean))] as string[]
    const { data: variants } = await query.graph({ entity: "variant", fields: ["id", "weight", "presale.ships_on"], filters: { id: variantIds } })
    const weightOf = new Map(variants.map((v) => [v.id, v.weight]))
    const shipsOn = new Map(variants.map((v) => [v.id, (v as { presale?: { ships_on?: string } | null }).presale?.ships_on ?? null]))
    const boxes = await giftBoxParts(container, variantIds)

    const updates = pending.map((item) => {
      const fail = (why: string): never => {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `Order ${order_id}: line ${item!.id} (variant ${item!.variant_id ?? "none"}) ${why}`
        )
      }
      const box = item!.variant_id ? boxes.get(item!.variant_id) : undefined
      if (!box) {
        const weight = grams(item!.variant_id ? weightOf.get(item!.variant_id) : null) ?? fail("has no net weight in grams to record")
        const presale = item!.variant_id ? shipsOn.get(item!.variant_id) : null
        return { id: item!.id, metadata: { ...(item!.metadata ?? {}), [NET_WEIGHT_KEY]: weight, ...(presale && { [PRESALE_KEY]: presale }) } }
      }
      const parts: LinePart[] = box.map(({ sku, quantity, loose }) => {
        const each = grams(loose.weight) ?? fail(`draws on ${sku}, which has no net weight in grams`)
        const title = `${loose.product_title} ${loose.title}`.trim()
        return { product_id: loose.product_id, variant_id: loose.id, sku, title, net_weight_g: each * quantity, quantity }
      })
      const weight = parts.reduce((sum, part) => sum + part.net_weight_g, 0)
      return { id: item!.id, metadata: { ...(item!.metadata ?? {}), [NET_WEIGHT_KEY]: weight, [PARTS_KEY]: parts } }
    })
    const orders = container.resolve(Modules.ORDER)
    await orders.updateOrderLineItems(updates.map(({ id, metadata }) => ({ selector: { id }, data: { metadata } })))
    const previous: Previous = pending.map((item) => ({ id: item!.id, metadata: item!.metadata ?? null }))
    return new StepResponse(updates, previous)
  },
  async (previous, { container }) => {
    if (!previous?.length) return
    const orders = container.resolve(Modules.ORDER)
    await orders.updateOrderLineItems(
      previous.map(({ id, metadata }) => ({ selector: { id }, data: { metadata: metadata ?? {} } }))
    )
  }
)
