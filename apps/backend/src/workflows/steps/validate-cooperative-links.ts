import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type ValidateCooperativeLinksInput = {
  /** Set when updating: products already linked to this cooperative are fine. */
  cooperative_id?: string
  product_ids?: string[]
}

/** Checks that no product is already sold by another cooperative (existence is assertExistStep's job). */
export const validateCooperativeLinksStep = createStep(
  "validate-cooperative-links",
  async (input: ValidateCooperativeLinksInput, { container }) => {
    const productIds = [...new Set(input.product_ids ?? [])]
    if (!productIds.length) return new StepResponse(undefined)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: products } = await query.graph({
      entity: "product",
      fields: ["id", "cooperative.id"],
      filters: { id: productIds },
    })
    const taken = products.filter((p) => p.cooperative?.id && p.cooperative.id !== input.cooperative_id)
    if (taken.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Products already belong to another cooperative: ${taken.map((p) => `${p.id} (${p.cooperative!.id})`).join(", ")}`
      )
    }
    return new StepResponse(undefined)
  }
)
