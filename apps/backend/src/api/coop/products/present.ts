import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { CoopProduceFacts, CoopProduct } from "@tarim/contracts"

const PRODUCE_FIELDS = [
  "origin_zh",
  "origin_en",
  "grade",
  "harvest_from_month",
  "harvest_to_month",
  "storage_zh",
  "storage_en",
  "shelf_life_days",
  "cold_chain",
] as const

const FIELDS = [
  "id",
  "handle",
  "title",
  "subtitle",
  "description",
  "status",
  "thumbnail",
  "variants.id",
  "variants.title",
  "variants.sku",
  "variants.weight",
  "variants.prices.amount",
  "variants.prices.currency_code",
  ...PRODUCE_FIELDS.map((f) => `produce_facts.${f}`),
]

/** These products as the co-op portal shows them (variants from the smallest box up, CNY base price). */
export async function coopProducts(container: MedusaContainer, ids: string[]): Promise<CoopProduct[]> {
  if (!ids.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: FIELDS, filters: { id: ids } })
  return data
    .map((p: any) => ({
      id: p.id,
      handle: p.handle,
      title: p.title,
      subtitle: p.subtitle ?? null,
      description: p.description ?? null,
      status: p.status,
      thumbnail: p.thumbnail ?? null,
      variants: [...(p.variants ?? [])]
        .sort((a: any, b: any) => (a.weight ?? 0) - (b.weight ?? 0) || String(a.title).localeCompare(b.title))
        .map((v: any) => ({
          id: v.id,
          title: v.title,
          sku: v.sku ?? null,
          weight: v.weight ?? null,
          price: v.prices?.find((price: any) => price.currency_code === "cny")?.amount ?? null,
        })),
      produce: p.produce_facts
        ? (Object.fromEntries(PRODUCE_FIELDS.map((f) => [f, p.produce_facts[f]])) as CoopProduceFacts)
        : null,
    }))
    .sort((a, b) => a.title.localeCompare(b.title, "zh-CN"))
}
