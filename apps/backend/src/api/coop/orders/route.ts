import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { CoopOrdersResponse } from "@tarim/contracts"
import { coopScope } from "../scope"
import { coopOrderIds, presentCoopOrders } from "../../../lib/coop-orders"
import type { CoopGetOrdersParamsType } from "./validators"

/** GET /coop/orders?status=waiting|shipped|all: orders with this co-op's lines, only those lines shown. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, CoopGetOrdersParamsType>, res: MedusaResponse<CoopOrdersResponse>) {
  const scope = coopScope(req)
  const { take: limit = 20, skip: offset = 0 } = req.queryConfig.pagination ?? {}
  const status = (req.validatedQuery.status as CoopGetOrdersParamsType["status"]) ?? "all"
  const { ids, count } = await coopOrderIds(req.scope, scope.product_ids, { filter: status, limit, offset })
  res.json({ orders: await presentCoopOrders(req.scope, scope.product_ids, ids), count, offset, limit })
}
