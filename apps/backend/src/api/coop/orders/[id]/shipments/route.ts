import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import type { CoopOrderResponse } from "@tarim/contracts"
import { shipCoopLinesWorkflow } from "../../../../../workflows/ship-coop-lines"
import { coopScope } from "../../../scope"
import type { CoopShipLinesType } from "../../validators"
import { ownOrder } from "../route"

/**
 * POST /coop/orders/:id/shipments: ships this co-op's lines still to ship (or the named ones) in one parcel from its
 * warehouse, with carrier and tracking number. One shipping request per order at a time, so a double click cannot
 * ship a line twice.
 */
export async function POST(req: AuthenticatedMedusaRequest<CoopShipLinesType>, res: MedusaResponse<CoopOrderResponse>) {
  const scope = coopScope(req)
  const { carrier, tracking_number, line_ids } = req.validatedBody
  await req.scope.resolve(Modules.LOCKING).execute(`coop-ship:${req.params.id}`, async () => {
    const order = await ownOrder(req)
    if (order.status === "canceled") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Order #${order.display_id} was canceled; there is nothing to ship`)
    }
    const unknown = (line_ids ?? []).filter((id) => !order.lines.some((l) => l.id === id))
    if (unknown.length) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Line ${unknown.join(", ")} is not a line of your cooperative in this order`)
    }
    const items = order.lines
      .filter((l) => !line_ids || line_ids.includes(l.id))
      .map((l) => ({ id: l.id, quantity: l.quantity - l.fulfilled_quantity }))
      .filter((i) => i.quantity > 0)
    if (!items.length) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Order #${order.display_id} has no lines of yours left to ship`)
    }
    if (!scope.location_ids.length) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Your cooperative has no warehouse to ship from; ask the organizer to link one")
    }
    await shipCoopLinesWorkflow(req.scope).run({
      input: {
        order_id: order.id,
        cooperative_id: scope.cooperative_id,
        location_id: scope.location_ids[0],
        member_id: scope.member.id,
        carrier,
        tracking_number,
        items,
      },
    })
  })
  res.status(201).json({ order: await ownOrder(req) })
}
