import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

const LABELS = { product: "Products", stock_location: "Stock locations", price_list: "Price lists" } as const

export type AssertExistInput = Partial<Record<keyof typeof LABELS, string[] | undefined>>

/** Fails with a 404 naming every id that does not exist, per entity, before anything is written. */
export const assertExistStep = createStep("assert-exist", async (input: AssertExistInput, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  for (const [entity, label] of Object.entries(LABELS) as Array<[keyof typeof LABELS, string]>) {
    const ids = [...new Set(input[entity] ?? [])]
    if (!ids.length) continue
    const { data } = await query.graph({ entity, fields: ["id"], filters: { id: ids } })
    const found = new Set(data.map((row: { id: string }) => row.id))
    const missing = ids.filter((id) => !found.has(id))
    if (missing.length) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `${label} not found: ${missing.join(", ")}`)
    }
  }
  return new StepResponse(undefined)
})
