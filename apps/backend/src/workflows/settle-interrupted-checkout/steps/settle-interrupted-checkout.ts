import type { LinkDefinition } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CHECKOUT_GATE_MODULE } from "../../../modules/checkout-gate"
import type CheckoutGateService from "../../../modules/checkout-gate/service"
import { NET_WEIGHT_KEY } from "../../snapshot-order-weights/steps/snapshot-order-weights"

/** Metadata key the checkout puts on a cart before completing it; Medusa copies it onto the orders it creates. */
export const ORDER_CART_KEY = "tarim_cart_id"

export type SettleInterruptedCheckoutInput = { cart_id: string; attempt_ids: string[] }
export type SettledCheckout = { cart_id: string; kept_order_id: string | null; removed_order_ids: string[] }

/**
 * Settles a cart whose completion died with its server process (its checkout attempts' owners are gone, none is
 * alive). Medusa's completeCartWorkflow authorises the payment last, after the order, its links, the cart's
 * completion and the reservations, so an authorised payment on a cart with a linked order means the completion got
 * through: that order is kept (and `order.placed` sent again if its lines were never weighed). Anything less is
 * undone: every order made from the cart loses its reservations and links and is deleted, the cart becomes payable
 * again, and an authorised payment without an order is cancelled. Then Medusa's lock on the cart is released.
 *
 * No compensation: this step is itself the undoing of a dead completion; reverting it would restore the wreck.
 */
export const settleInterruptedCheckoutStep = createStep(
  "settle-interrupted-checkout",
  async ({ cart_id, attempt_ids }: SettleInterruptedCheckoutInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const {
      data: [cart],
    } = await query.graph({
      entity: "cart",
      fields: [
        "id",
        "completed_at",
        "payment_collection.id",
        "payment_collection.payment_sessions.id",
        "payment_collection.payments.id",
        "payment_collection.payments.canceled_at",
      ],
      filters: { id: cart_id },
    })
    const { data: links } = await query.graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id } })
    const linkedOrderId: string | undefined = links[0]?.order_id
    // Orders made from this cart but never linked to it (the process died between creating and linking them).
    const marked: Array<{ id: string }> = await knex("order")
      .select("id")
      .whereNull("deleted_at")
      .whereRaw("metadata->>? = ?", [ORDER_CART_KEY, cart_id])
    const payments = ((cart as any)?.payment_collection?.payments ?? []).filter((p: any) => p && !p.canceled_at)

    const keptOrderId = linkedOrderId && payments.length ? linkedOrderId : null
    const removed = [...new Set([...marked.map((o) => o.id), ...(linkedOrderId ? [linkedOrderId] : [])])].filter((id) => id !== keptOrderId)

    if (removed.length) {
      const { data: orders } = await query.graph({ entity: "order", fields: ["id", "items.id"], filters: { id: removed } })
      const lineIds = orders.flatMap((o: any) => (o.items ?? []).map((i: any) => i?.id)).filter(Boolean)
      if (lineIds.length) await container.resolve(Modules.INVENTORY).deleteReservationItemsByLineItem(lineIds)
      // The links Medusa's completion makes, dismissed one by one: deleting every link of the order would cascade
      // to the cart's payment collection.
      const collectionId = (cart as any)?.payment_collection?.id
      await container.resolve(ContainerRegistrationKeys.LINK).dismiss(
        removed.flatMap((id): LinkDefinition[] => [
          { [Modules.ORDER]: { order_id: id }, [Modules.CART]: { cart_id } },
          ...(collectionId ? [{ [Modules.ORDER]: { order_id: id }, [Modules.PAYMENT]: { payment_collection_id: collectionId } }] : []),
        ])
      )
      await container.resolve(Modules.ORDER).deleteOrders(removed)
    }

    if (keptOrderId) {
      if (!cart.completed_at) await container.resolve(Modules.CART).updateCarts(cart_id, { completed_at: new Date() })
      const {
        data: [order],
      } = await query.graph({ entity: "order", fields: ["items.metadata"], filters: { id: keptOrderId } })
      if ((order?.items ?? []).some((item: any) => item?.metadata?.[NET_WEIGHT_KEY] === undefined)) {
        await container.resolve(Modules.EVENT_BUS).emit({ name: "order.placed", data: { id: keptOrderId } })
      }
    } else {
      if (cart?.completed_at) await container.resolve(Modules.CART).updateCarts(cart_id, { completed_at: null })
      if (payments.length) {
        // Paid without an order: give the money back and drop the session, so the shopper pays afresh.
        const payment = container.resolve(Modules.PAYMENT)
        for (const p of payments) await payment.cancelPayment(p.id)
        for (const s of (cart as any).payment_collection.payment_sessions ?? []) if (s) await payment.deletePaymentSession(s.id)
      }
    }

    await container.resolve(Modules.LOCKING).release(cart_id)
    await container.resolve<CheckoutGateService>(CHECKOUT_GATE_MODULE).deleteCheckoutAttempts(attempt_ids)
    const settled: SettledCheckout = { cart_id, kept_order_id: keptOrderId, removed_order_ids: removed }
    return new StepResponse(settled)
  }
)
