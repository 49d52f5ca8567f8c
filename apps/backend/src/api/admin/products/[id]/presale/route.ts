import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { AdminProductPresaleResponse } from "@tarim/contracts"
import { setPresaleWorkflow } from "../../../../../workflows/set-presale"
import type { AdminSetPresaleType } from "./validators"

async function presaleOf(req: MedusaRequest, productId: string): Promise<AdminProductPresaleResponse> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [product] } = await query.graph({
    entity: "product",
    fields: [
      "id",
      "variants.id",
      "variants.title",
      "variants.sku",
      "variants.presale.ships_on",
      "variants.inventory_items.inventory.location_levels.stocked_quantity",
      "variants.inventory_items.inventory.location_levels.reserved_quantity",
    ],
    filters: { id: productId },
  })
  if (!product) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product with id "${productId}" was not found`)
  return {
    variants: (product.variants ?? []).flatMap((v: any) => {
      if (!v) return []
      const levels = (v.inventory_items ?? []).length === 1 ? (v.inventory_items[0].inventory?.location_levels ?? []) : []
      const sum = (key: string) => levels.reduce((n: number, l: any) => n + Number(l?.[key] ?? 0), 0)
      return [{ id: v.id, title: v.title, sku: v.sku ?? null, ships_on: v.presale?.ships_on ?? null, stocked: sum("stocked_quantity"), sold: sum("reserved_quantity") }]
    }),
  }
}

/** GET /admin/products/:id/presale: each variant's pre-sale date (or null), its stock (the cap) and units sold ahead. */
export async function GET(req: MedusaRequest, res: MedusaResponse<AdminProductPresaleResponse>) {
  res.json(await presaleOf(req, req.params.id))
}

/** POST /admin/products/:id/presale: sells one of its variants ahead of the harvest (date and cap), or stops. */
export async function POST(req: MedusaRequest<AdminSetPresaleType>, res: MedusaResponse<AdminProductPresaleResponse>) {
  const current = await presaleOf(req, req.params.id)
  if (!current.variants.some((v) => v.id === req.validatedBody.variant_id)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${req.params.id} has no variant ${req.validatedBody.variant_id}`)
  }
  await setPresaleWorkflow(req.scope).run({ input: req.validatedBody })
  res.json(await presaleOf(req, req.params.id))
}
