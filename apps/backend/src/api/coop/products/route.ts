import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { CoopProductsResponse } from "@tarim/contracts"
import { coopScope } from "../scope"
import { coopProducts } from "./present"

/** GET /coop/products: this cooperative's products, published or not. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<CoopProductsResponse>) {
  res.json({ products: await coopProducts(req.scope, coopScope(req).product_ids) })
}
