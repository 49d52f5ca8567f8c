import { cachedGet } from "./client"
import { TAGS } from "./tags"

type RegionDTO = { id: string; name: string; currency_code: string; countries?: { iso_2: string }[] }

export type Region = { id: string; currencyCode: string }

/** The shop sells in one region, mainland China (CNY); the first CNY region wins. */
export async function getRegion(): Promise<Region> {
  const { regions } = await cachedGet<{ regions: RegionDTO[] }>("/store/regions", {
    query: { fields: "id,name,currency_code,*countries", limit: 20 },
    tags: [TAGS.regions],
    revalidate: 3600,
  })
  const region = regions.find((r) => r.currency_code === "cny") ?? regions[0]
  if (!region) throw new Error("The backend has no region; run the seed (npm run seed in apps/backend)")
  return { id: region.id, currencyCode: region.currency_code }
}
