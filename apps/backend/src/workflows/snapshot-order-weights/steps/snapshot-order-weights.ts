import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** Metadata key on an order line item holding the variant's net grams per unit when the order was placed. */
export const NET_WEIGHT_KEY = "net_weight_g"

type Previous = Array<{ id: string; metadata: Record<string, unknown> | null }>

/**
 * Copies each line's variant weight (net grams) onto the order line item, once: lines that already carry a
 * snapshot keep it, so editing a variant later never changes a past figure. Compensation restores the metadata.
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
    const { data: variants } = await query.graph({ entity: "variant", fields: ["id", "weight"], filters: { id: variantIds } })
    const grams = new Map(variants.map((v) => [v.id, v.weight]))

    const updates = pending.map((item) => {
      const weight = item!.variant_id ? grams.get(item!.variant_id) : undefined
      if (weight == null || !Number.isInteger(Number(weight)) || Number(weight) <= 0) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `Order ${order_id}: line ${item!.id} (variant ${item!.variant_id ?? "none"}) has no net weight in grams to record`
        )
      }
      return { id: item!.id, metadata: { ...(item!.metadata ?? {}), [NET_WEIGHT_KEY]: Number(weight) } }
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
