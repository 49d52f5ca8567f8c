import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { StoreCooperativesResponse } from "@tarim/contracts"
import { cooperativeFields, publishedProducts, STORE_COOPERATIVE_FIELDS } from "./helpers"

/** GET /store/cooperatives: the cooperatives selling here, with how many products each has on sale. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "cooperative",
    fields: [...STORE_COOPERATIVE_FIELDS, "products.status"],
    pagination: req.queryConfig.pagination,
  })
  const body: StoreCooperativesResponse = {
    cooperatives: data.map((c: any) => ({ ...cooperativeFields(c), product_count: publishedProducts(c).length })),
    count: metadata?.count ?? 0,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? 0,
  }
  res.json(body)
}
