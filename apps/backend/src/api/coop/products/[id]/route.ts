import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { CoopProductResponse } from "@tarim/contracts"
import { updateCoopProductWorkflow } from "../../../../workflows/update-coop-product"
import { assertOwnProduct, coopScope } from "../../scope"
import { coopProducts } from "../present"
import type { CoopUpdateProductType } from "../validators"

async function ownProduct(req: AuthenticatedMedusaRequest) {
  assertOwnProduct(coopScope(req), req.params.id)
  const [product] = await coopProducts(req.scope, [req.params.id])
  if (!product) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${req.params.id} was not found`)
  return product
}

/** GET /coop/products/:id */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<CoopProductResponse>) {
  res.json({ product: await ownProduct(req) })
}

/** POST /coop/products/:id: texts, publish / unpublish, CNY prices of its variants. */
export async function POST(req: AuthenticatedMedusaRequest<CoopUpdateProductType>, res: MedusaResponse<CoopProductResponse>) {
  const product = await ownProduct(req)
  const { variants, ...fields } = req.validatedBody
  const foreign = (variants ?? []).filter((v) => !product.variants.some((own) => own.id === v.id))
  if (foreign.length) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Variant ${foreign.map((v) => v.id).join(", ")} is not a variant of product ${product.id}`
    )
  }
  await updateCoopProductWorkflow(req.scope).run({
    input: { product_id: product.id, fields, prices: variants?.map((v) => ({ variant_id: v.id, amount: v.price })) },
  })
  res.json({ product: await ownProduct(req) })
}
