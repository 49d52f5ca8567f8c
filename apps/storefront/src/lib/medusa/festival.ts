import { cachedGet } from "./client"
import { TAGS } from "./tags"
import type { Festival, FestivalDTO } from "./types"

/** Maps the festival DTO to the hero's shape in `locale`. */
export function toFestival(f: FestivalDTO, locale: string): Festival {
  const en = locale.startsWith("en")
  return {
    handle: f.handle,
    title: en ? f.title_en : f.title_zh,
    description: en ? f.description_en : f.description_zh,
    startsAt: f.starts_at,
    endsAt: f.ends_at,
    status: f.status,
    targetKg: f.target_kg,
    progress: {
      tonnes: f.progress.tonnes,
      orders: f.progress.orders,
      amountCny: f.progress.amount_cny,
      percent: Math.max(0, Math.min(100, f.progress.percent)),
    },
  }
}

/**
 * The current festival, or null when there is none (404) or the backend cannot say (any error): the hero then
 * shows no countdown and no progress rather than made-up numbers.
 */
export async function getCurrentFestival(locale: string): Promise<Festival | null> {
  try {
    const { festival } = await cachedGet<{ festival: FestivalDTO }>("/store/festivals/current", {
      tags: [TAGS.festival],
      revalidate: 60,
    })
    return festival ? toFestival(festival, locale) : null
  } catch {
    return null
  }
}
