import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createOrderFulfillmentWorkflow, createOrderShipmentWorkflow } from "@medusajs/medusa/core-flows"
import { gatherBoxPartsStep } from "../steps/gather-box-parts"

export type ShipCoopLinesInput = {
  order_id: string
  cooperative_id: string
  location_id: string
  member_id: string
  carrier: string
  tracking_number: string
  items: { id: string; quantity: number }[]
}

/**
 * One parcel of a co-op's lines: a Medusa fulfilment from the co-op's own warehouse (its stock is deducted there), then
 * the shipment with the tracking number, which emits `shipment.created` (the shopper's notification). A gift box's
 * parts reserved at other co-ops' warehouses are brought to this one first (`gatherBoxPartsStep`). If a later step
 * fails, Medusa's own compensation cancels the fulfilment and the parts go back.
 */
export const shipCoopLinesWorkflow = createWorkflow("ship-coop-lines", (input: ShipCoopLinesInput) => {
  gatherBoxPartsStep(input)
  const fulfillment = createOrderFulfillmentWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({
      order_id: input.order_id,
      location_id: input.location_id,
      items: input.items,
      created_by: input.member_id,
      metadata: { carrier: input.carrier, cooperative_id: input.cooperative_id },
    })),
  })
  createOrderShipmentWorkflow.runAsStep({
    input: transform({ input, fulfillment }, ({ input, fulfillment }) => ({
      order_id: input.order_id,
      fulfillment_id: fulfillment.id,
      items: input.items,
      created_by: input.member_id,
      labels: [{ tracking_number: input.tracking_number, tracking_url: "", label_url: "" }],
    })),
  })
  return new WorkflowResponse(transform({ fulfillment }, ({ fulfillment }) => fulfillment.id))
})
