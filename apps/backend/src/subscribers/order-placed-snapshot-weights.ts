import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { snapshotOrderWeightsWorkflow } from "../workflows/snapshot-order-weights"

/** Every placed order gets its net grams recorded, whichever way it was placed. */
export default async function orderPlacedSnapshotWeights({ event, container }: SubscriberArgs<{ id: string }>) {
  await snapshotOrderWeightsWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "order.placed" }
