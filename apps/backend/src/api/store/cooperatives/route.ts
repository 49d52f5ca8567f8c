import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { publishedOnly, STORE_COOPERATIVE_FIELDS } from "./helpers"

/** GET /store/cooperatives: the cooperatives selling here, with how many products each has on sale. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "cooperative",
    fields: [...STORE_COOPERATIVE_FIELDS, "products.status"],
    pagination: req.queryConfig.pagination,
  })
  const cooperatives = data.map((c) => {
    const { products, ...rest } = publishedOnly(c)
    return { ...rest, product_count: products?.length ?? 0 }
  })
  res.json({ cooperatives, count: metadata?.count ?? 0, offset: metadata?.skip ?? 0, limit: metadata?.take ?? 0 })
}
