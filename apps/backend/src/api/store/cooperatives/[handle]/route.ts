import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { StoreCooperativeResponse } from "@tarim/contracts"
import {
  cooperativeFields,
  presentCooperativeProduct,
  publishedProducts,
  STORE_COOPERATIVE_FIELDS,
  STORE_COOPERATIVE_PRODUCT_FIELDS,
} from "../helpers"

/** GET /store/cooperatives/:handle: one cooperative with its published products. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { handle } = req.params
  const {
    data: [cooperative],
  } = await query.graph({
    entity: "cooperative",
    fields: [...STORE_COOPERATIVE_FIELDS, ...STORE_COOPERATIVE_PRODUCT_FIELDS],
    filters: { handle },
  })
  if (!cooperative) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cooperative with handle "${handle}" was not found`)
  }
  const body: StoreCooperativeResponse = {
    cooperative: { ...cooperativeFields(cooperative as any), products: publishedProducts(cooperative as any).map(presentCooperativeProduct) },
  }
  res.json(body)
}
