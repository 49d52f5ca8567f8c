import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
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

/** The id of the produce facts row linked to a product, or null. */
async function produceFactsId(req: AuthenticatedMedusaRequest, productId: string): Promise<string | null> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: ["produce_facts.id"], filters: { id: productId } })
  return (data[0] as { produce_facts?: { id: string } | null })?.produce_facts?.id ?? null
}

/** POST /coop/products/:id: texts, publish / unpublish, produce facts, CNY prices of its variants. */
export async function POST(req: AuthenticatedMedusaRequest<CoopUpdateProductType>, res: MedusaResponse<CoopProductResponse>) {
  const product = await ownProduct(req)
  const { variants, produce, ...fields } = req.validatedBody
  const foreign = (variants ?? []).filter((v) => !product.variants.some((own) => own.id === v.id))
  if (foreign.length) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Variant ${foreign.map((v) => v.id).join(", ")} is not a variant of product ${product.id}`
    )
  }
  await updateCoopProductWorkflow(req.scope).run({
    input: {
      product_id: product.id,
      fields,
      prices: variants?.map((v) => ({ variant_id: v.id, amount: v.price })),
      produce: produce ? { facts_id: await produceFactsId(req, product.id), fields: produce } : undefined,
    },
  })
  res.json({ product: await ownProduct(req) })
}
