import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { isFestivalOpen } from "../../../lib/rules"

/**
 * The products whose `festival` flag in the search index disagrees with the festivals open now: a festival window
 * opens and closes with no write to anything the index listens to. Read-only, so no compensation.
 */
export const findStaleFestivalFlagsStep = createStep("find-stale-festival-flags", async (_: void, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const search = container.resolve(Modules.SEARCH)
  const now = new Date()
  const { data: festivals } = await query.graph({ entity: "festival", fields: ["starts_at", "ends_at", "products.id"] })
  const shouldBeFlagged = new Set(
    festivals
      .filter((f: any) => isFestivalOpen(f, now))
      .flatMap((f: any) => (f.products ?? []).map((p: any) => p?.id).filter(Boolean))
  )
  const flagged = new Set<string>()
  for (let skip = 0; ; skip += 1000) {
    const page = await search.search({
      entity: "product",
      fields: ["id"],
      filters: { festival: true },
      pagination: { skip, take: 1000 },
    })
    page.hits.forEach((hit) => flagged.add(hit.id))
    if (page.hits.length < 1000) break
  }
  const stale = [
    ...[...shouldBeFlagged].filter((id) => !flagged.has(id)),
    ...[...flagged].filter((id) => !shouldBeFlagged.has(id)),
  ]
  return new StepResponse(stale)
})
