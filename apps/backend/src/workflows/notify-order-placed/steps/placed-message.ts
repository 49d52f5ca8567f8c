import type { CreateNotificationDTO } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { orderPlacedNotification } from "../../../lib/messages"
import { STOREFRONT_MODULE } from "../../../modules/storefront"
import type StorefrontModuleService from "../../../modules/storefront/service"
import { PRESALE_KEY } from "../../snapshot-order-weights/steps/snapshot-order-weights"

/**
 * The "we have your order" message (reads only): each line with its quantity, and a pre-sale line with the day it
 * ships from as the order recorded it. None when the order has no email or asked for no notification.
 */
export const placedMessageStep = createStep("placed-message", async ({ order_id }: { order_id: string }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = await query.graph({
    entity: "order",
    fields: ["id", "display_id", "email", "no_notification", "items.product_title", "items.title", "items.variant_title", "items.detail.quantity", "items.metadata"],
    filters: { id: order_id },
  })
  if (!order?.email || order.no_notification) return new StepResponse([] as CreateNotificationDTO[])
  const storefront: StorefrontModuleService = container.resolve(STOREFRONT_MODULE)
  const message = orderPlacedNotification(order.email, {
    order_id: order.id,
    display_id: Number(order.display_id),
    url: storefront.pageUrl(`/orders/${order.id}`),
    items: (order.items ?? []).flatMap((i) =>
      i
        ? [{
            title: [i.product_title ?? i.title, i.variant_title].filter(Boolean).join(" "),
            quantity: Number((i as { detail?: { quantity?: unknown } }).detail?.quantity ?? 0),
            ships_on: ((i.metadata as Record<string, unknown> | null)?.[PRESALE_KEY] as string | undefined) ?? null,
          }]
        : []
    ),
  })
  // A redelivered order.placed sends the message once.
  return new StepResponse([{ ...message, idempotency_key: `order-placed:${order.id}` }])
})
