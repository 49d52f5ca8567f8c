import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { notifyOrderPlacedWorkflow } from "../workflows/notify-order-placed"
import { snapshotOrderWeightsWorkflow } from "../workflows/snapshot-order-weights"

/**
 * Every placed order gets its net grams (and a pre-sale its ship date) recorded, whichever way it was placed; then
 * the shopper's "we have your order" message, after the snapshot so it quotes the recorded ship dates.
 */
export default async function orderPlacedSnapshotWeights({ event, container }: SubscriberArgs<{ id: string }>) {
  await snapshotOrderWeightsWorkflow(container).run({ input: { order_id: event.data.id } })
  await notifyOrderPlacedWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "order.placed" }
