import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** A facet value's name in both shop languages. */
export type Label = { zh: string; en: string }
export type FacetLabels = { category: Map<string, Label>; cooperative: Map<string, Label>; origin: Map<string, Label> }

const TTL_MS = 60_000
let cached: { at: number; labels: Promise<FacetLabels> } | undefined

async function load(scope: MedusaContainer): Promise<FacetLabels> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: categories }, { data: cooperatives }, { data: facts }] = await Promise.all([
    query.graph({ entity: "product_category", fields: ["id", "handle", "name", "metadata"] }),
    query.graph({ entity: "cooperative", fields: ["handle", "name_zh", "name_en"] }),
    query.graph({ entity: "produce_facts", fields: ["origin_zh", "origin_en"] }),
  ])
  const { data: translations } = categories.length
    ? await query.graph({
        entity: "translations",
        fields: ["reference_id", "translations"],
        filters: { reference: "product_category", reference_id: categories.map((c: any) => c.id), locale_code: "en-US" },
      })
    : { data: [] }
  const categoryEn = new Map(translations.map((t: any) => [t.reference_id, t.translations?.name as string | undefined]))
  return {
    category: new Map(
      categories.map((c: any) => [c.handle, { zh: c.name, en: categoryEn.get(c.id) ?? c.metadata?.name_en ?? c.name }])
    ),
    cooperative: new Map(cooperatives.map((c: any) => [c.handle, { zh: c.name_zh, en: c.name_en }])),
    origin: new Map(facts.map((f: any) => [f.origin_zh, { zh: f.origin_zh, en: f.origin_en }])),
  }
}

/** Names for the category, cooperative and origin facet values; read once a minute, not per search. */
export function facetLabels(scope: MedusaContainer): Promise<FacetLabels> {
  if (!cached || Date.now() - cached.at > TTL_MS) {
    const labels = load(scope)
    cached = { at: Date.now(), labels }
    labels.catch(() => (cached = undefined))
  }
  return cached.labels
}
