import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { notifyOrderShippedWorkflow } from "../workflows/notify-order-shipped"

/** A shipment was created (a co-op or the organizer shipped a parcel): tell the shopper. */
export default async function shipmentCreatedNotify({ event, container }: SubscriberArgs<{ id: string; no_notification?: boolean }>) {
  await notifyOrderShippedWorkflow(container).run({
    input: { fulfillment_id: event.data.id, no_notification: event.data.no_notification },
  })
}

export const config: SubscriberConfig = { event: "shipment.created" }
