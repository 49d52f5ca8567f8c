import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { CoopStockResponse } from "@tarim/contracts"
import { LOW_STOCK_UNITS } from "../../../lib/stock-plan"
import { coopScope } from "../scope"
import { coopStockLevels } from "./levels"

/** GET /coop/stock: every variant's level at the co-op's warehouses. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<CoopStockResponse>) {
  res.json({ levels: await coopStockLevels(req.scope, coopScope(req)), low_stock_at: LOW_STOCK_UNITS })
}
