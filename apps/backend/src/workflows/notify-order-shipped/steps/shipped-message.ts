import type { CreateNotificationDTO } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { orderShippedNotification } from "../../../lib/messages"
import { STOREFRONT_MODULE } from "../../../modules/storefront"
import type StorefrontModuleService from "../../../modules/storefront/service"

/**
 * The "your parcel has shipped" message for one shipped fulfilment (reads only): the order's email, the co-op that
 * shipped it (the shop's name for a parcel the organizer shipped), carrier, tracking number and the items in it.
 * None when the order has no email or asked for no notification.
 */
export const shippedMessageStep = createStep(
  "shipped-message",
  async ({ fulfillment_id, no_notification }: { fulfillment_id: string; no_notification?: boolean }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [fulfillment],
    } = await query.graph({
      entity: "fulfillment",
      fields: ["id", "metadata", "labels.tracking_number", "items.title", "items.quantity", "order.id", "order.display_id", "order.email"],
      filters: { id: fulfillment_id },
    })
    const order = (fulfillment as any)?.order
    if (!fulfillment || !order?.email || no_notification) return new StepResponse([] as CreateNotificationDTO[])
    const cooperativeId = (fulfillment.metadata as Record<string, string> | null)?.cooperative_id
    const { data: cooperatives } = cooperativeId
      ? await query.graph({ entity: "cooperative", fields: ["name_zh", "name_en"], filters: { id: cooperativeId } })
      : { data: [] }
    const storefront: StorefrontModuleService = container.resolve(STOREFRONT_MODULE)
    const message = orderShippedNotification(order.email, {
      order_id: order.id,
      display_id: order.display_id,
      url: storefront.pageUrl(`/orders/${order.id}`),
      carrier: (fulfillment.metadata as Record<string, string> | null)?.carrier ?? "",
      tracking_number: fulfillment.labels?.[0]?.tracking_number ?? "",
      cooperative_zh: cooperatives[0]?.name_zh ?? "塔里木集市",
      cooperative_en: cooperatives[0]?.name_en ?? "Tarim Market",
      items: (fulfillment.items ?? []).map((i) => `${i!.title} × ${Number(i!.quantity)}`),
    })
    // Redelivered events (a retried subscriber) send the message once.
    return new StepResponse([{ ...message, idempotency_key: `order-shipped:${fulfillment.id}` }])
  }
)
