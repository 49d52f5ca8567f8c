import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { CoopOrder, CoopOrderResponse } from "@tarim/contracts"
import { coopScope } from "../../scope"
import { coopOrderIds, presentCoopOrders } from "../../../../lib/coop-orders"

/** One order with this co-op's lines; 404 for an order without any (another co-op's looks like one that does not exist). */
export async function ownOrder(req: AuthenticatedMedusaRequest): Promise<CoopOrder> {
  const scope = coopScope(req)
  const { ids } = await coopOrderIds(req.scope, scope.product_ids, { filter: "all", limit: 1, offset: 0, orderId: req.params.id })
  const [order] = await presentCoopOrders(req.scope, scope.product_ids, ids)
  if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${req.params.id} has no lines of your cooperative`)
  return order
}

/** GET /coop/orders/:id */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<CoopOrderResponse>) {
  res.json({ order: await ownOrder(req) })
}
