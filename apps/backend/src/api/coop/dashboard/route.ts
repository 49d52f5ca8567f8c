import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { CoopDashboardResponse } from "@tarim/contracts"
import { cooperativeFestivalFigures } from "../../../lib/festival-report"
import { coopOrderIds, presentCoopOrders } from "../../../lib/coop-orders"
import { coopScope } from "../scope"
import { coopStockLevels } from "../stock/levels"

/** The most waiting orders the dashboard counts lines of; the orders page pages through the rest. */
const WAITING_WINDOW = 200

/** GET /coop/dashboard: lines waiting to ship, low stock, this co-op's festival tonnes. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<CoopDashboardResponse>) {
  const scope = coopScope(req)
  const [waiting, levels, festival] = await Promise.all([
    coopOrderIds(req.scope, scope.product_ids, { filter: "waiting", limit: WAITING_WINDOW, offset: 0 }),
    coopStockLevels(req.scope, scope),
    cooperativeFestivalFigures(req.scope, scope.product_ids),
  ])
  const orders = await presentCoopOrders(req.scope, scope.product_ids, waiting.ids)
  const open = orders.flatMap((o) => o.lines).filter((l) => l.fulfilled_quantity < l.quantity)
  res.json({
    waiting: {
      orders: waiting.count,
      lines: open.length,
      units: open.reduce((sum, l) => sum + l.quantity - l.fulfilled_quantity, 0),
    },
    low_stock: levels.filter((l) => l.low).sort((a, b) => a.available_quantity - b.available_quantity),
    festival,
  })
}
