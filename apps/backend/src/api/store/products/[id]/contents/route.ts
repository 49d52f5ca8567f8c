import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, ProductStatus } from "@medusajs/framework/utils"
import type { StoreProductContentsResponse } from "@tarim/contracts"
import { giftBoxParts } from "../../../../../lib/gift-boxes"

/**
 * GET /store/products/:id/contents: what each gift-box variant of a published product holds, part by part (the
 * storefront names the parts with their own translated product pages). A product that is no gift box has none.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [product] } = await query.graph({
    entity: "product",
    fields: ["id", "status", "variants.id"],
    filters: { id: req.params.id },
  })
  if (!product || product.status !== ProductStatus.PUBLISHED) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product with id "${req.params.id}" was not found`)
  }
  const boxes = await giftBoxParts(req.scope, (product.variants ?? []).flatMap((v) => (v ? [v.id] : [])))
  const handles = new Map<string, string>()
  const partProducts = [...new Set([...boxes.values()].flat().map((part) => part.loose.product_id))]
  if (partProducts.length) {
    const { data } = await query.graph({ entity: "product", fields: ["id", "handle"], filters: { id: partProducts, status: ProductStatus.PUBLISHED } })
    for (const p of data) handles.set(p.id, p.handle)
  }
  const body: StoreProductContentsResponse = {
    variants: [...boxes].map(([variant_id, parts]) => ({
      variant_id,
      parts: parts.map(({ quantity, loose }) => ({
        product_id: loose.product_id,
        product_handle: handles.get(loose.product_id) ?? null,
        product_title: loose.product_title,
        variant_id: loose.id,
        variant_title: loose.title,
        quantity,
        net_weight_g: (loose.weight ?? 0) * quantity,
      })),
    })),
  }
  res.json(body)
}
