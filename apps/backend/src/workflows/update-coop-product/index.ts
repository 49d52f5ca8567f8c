import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { CoopProduceFacts } from "@tarim/contracts"
import {
  emitEventStep,
  updateProductsWorkflow,
  updateProductVariantsWorkflow,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { forgetCachedProductsStep } from "../steps/forget-cached-products"
import { updateProduceFactsStep } from "./steps/update-produce-facts"

export type UpdateCoopProductInput = {
  product_id: string
  fields: { title?: string; subtitle?: string | null; description?: string | null; status?: "draft" | "published" }
  /** New CNY base prices (festival price-list prices stay as they are). */
  prices?: { variant_id: string; amount: number }[]
  /** Changed produce facts, and the id of the product's produce facts row (null when it has none). */
  produce?: { facts_id: string | null; fields: Partial<CoopProduceFacts> }
}

/**
 * A co-op member's edit of one of its products, through Medusa's own product workflows: texts and status, the CNY
 * base price of the named variants (other currencies' prices are kept), and its produce facts (then `product.updated`
 * tells search and the storefront, which show them). The caller has checked ownership.
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
  when({ input }, ({ input }) => Object.keys(input.produce?.fields ?? {}).length > 0).then(() => {
    updateProduceFactsStep(
      transform({ input }, ({ input }) => ({ product_id: input.product_id, facts_id: input.produce!.facts_id, fields: input.produce!.fields }))
    )
    emitEventStep({ eventName: "product.updated", data: transform({ input }, ({ input }) => ({ id: input.product_id })) })
  })
  forgetCachedProductsStep(transform({ input }, ({ input }) => [input.product_id]))
  return new WorkflowResponse(input.product_id)
})
