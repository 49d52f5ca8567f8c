import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type ValidateCooperativeLinksInput = {
  /** Set when updating: products already linked to this cooperative are fine. */
  cooperative_id?: string
  product_ids?: string[]
  stock_location_ids?: string[]
}

/** Checks that linked products and stock locations exist and that no product already belongs to another cooperative. */
export const validateCooperativeLinksStep = createStep(
  "validate-cooperative-links",
  async (input: ValidateCooperativeLinksInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const productIds = [...new Set(input.product_ids ?? [])]
    const locationIds = [...new Set(input.stock_location_ids ?? [])]

    if (productIds.length) {
      const { data: products } = await query.graph({
        entity: "product",
        fields: ["id", "cooperative.id"],
        filters: { id: productIds },
      })
      const found = new Set(products.map((p) => p.id))
      const missing = productIds.filter((id) => !found.has(id))
      if (missing.length) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `Products not found: ${missing.join(", ")}`)
      }
      const taken = products.filter((p) => p.cooperative?.id && p.cooperative.id !== input.cooperative_id)
      if (taken.length) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `Products already belong to another cooperative: ${taken.map((p) => `${p.id} (${p.cooperative!.id})`).join(", ")}`
        )
      }
    }
    if (locationIds.length) {
      const { data: locations } = await query.graph({
        entity: "stock_location",
        fields: ["id"],
        filters: { id: locationIds },
      })
      const found = new Set(locations.map((l) => l.id))
      const missing = locationIds.filter((id) => !found.has(id))
      if (missing.length) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `Stock locations not found: ${missing.join(", ")}`)
      }
    }
    return new StepResponse(undefined)
  }
)
