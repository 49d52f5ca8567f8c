import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { markOrderFulfillmentAsDeliveredWorkflow } from "@medusajs/medusa/core-flows"
import type { CoopOrderResponse } from "@tarim/contracts"
import { ownOrder } from "../../../route"

/** POST /coop/orders/:id/shipments/:fulfillment_id/delivered: the parcel was signed for (已签收). */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse<CoopOrderResponse>) {
  const order = await ownOrder(req)
  const shipment = order.shipments.find((s) => s.id === req.params.fulfillment_id)
  if (!shipment) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order #${order.display_id} has no shipment ${req.params.fulfillment_id} of yours`)
  }
  if (shipment.status === "delivered") return res.json({ order })
  if (shipment.status !== "shipped") {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Shipment ${shipment.id} has not shipped yet; it cannot be delivered`)
  }
  await markOrderFulfillmentAsDeliveredWorkflow(req.scope).run({ input: { orderId: order.id, fulfillmentId: shipment.id } })
  res.json({ order: await ownOrder(req) })
}
