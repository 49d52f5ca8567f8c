import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateProductsWorkflow, updateProductVariantsWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { forgetCachedProductsStep } from "../steps/forget-cached-products"

export type UpdateCoopProductInput = {
  product_id: string
  fields: { title?: string; subtitle?: string | null; description?: string | null; status?: "draft" | "published" }
  /** New CNY base prices (festival price-list prices stay as they are). */
  prices?: { variant_id: string; amount: number }[]
}

/**
 * A co-op member's edit of one of its products, through Medusa's own product workflows: texts and status, then the
 * CNY base price of the named variants (other currencies' prices are kept). The caller has checked ownership.
 */
export const updateCoopProductWorkflow = createWorkflow("update-coop-product", (input: UpdateCoopProductInput) => {
  when({ input }, ({ input }) => Object.keys(input.fields).length > 0).then(() => {
    updateProductsWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({ selector: { id: input.product_id }, update: input.fields })),
    })
  })
  when({ input }, ({ input }) => (input.prices?.length ?? 0) > 0).then(() => {
    const { data: variants } = useQueryGraphStep({
      entity: "product_variant",
      fields: ["id", "prices.amount", "prices.currency_code"],
      filters: { id: transform({ input }, ({ input }) => input.prices!.map((p) => p.variant_id)) },
    })
    const update = transform({ input, variants }, ({ input, variants }) => ({
      product_variants: input.prices!.map(({ variant_id, amount }) => {
        const current = variants.find((v) => v.id === variant_id) as { prices?: { currency_code: string; amount: number }[] }
        const others = (current?.prices ?? []).filter((p) => p.currency_code !== "cny")
        return {
          id: variant_id,
          prices: [...others.map((p) => ({ currency_code: p.currency_code, amount: Number(p.amount) })), { currency_code: "cny", amount }],
        }
      }),
    }))
    updateProductVariantsWorkflow.runAsStep({ input: update })
  })
  forgetCachedProductsStep(transform({ input }, ({ input }) => [input.product_id]))
  return new WorkflowResponse(input.product_id)
})
