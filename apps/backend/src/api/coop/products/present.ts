import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { CoopProduct } from "@tarim/contracts"

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
    }))
    .sort((a, b) => a.title.localeCompare(b.title, "zh-CN"))
}
