import type { MedusaContainer } from "@medusajs/framework/types"
import type { FestivalFields, StoreFestivalResponse } from "@tarim/contracts"
import { festivalProgress } from "../../../lib/festival-report"
import { festivalStatus } from "../../../lib/rules"
import { SHARE_MS, SharedAnswers, type SerialisedAnswer } from "../../../lib/shared-answers"

/** A festival's own fields, as both the store and the admin API return them. */
export const FESTIVAL_FIELDS = [
  "id",
  "handle",
  "title_zh",
  "title_en",
  "description_zh",
  "description_en",
  "starts_at",
  "ends_at",
  "timezone",
  "target_kg",
] as const satisfies readonly (keyof FestivalFields)[]

export const STORE_FESTIVAL_FIELDS = [...FESTIVAL_FIELDS, "products.id", "products.status"]

/** A festival as the festival module stores it (dates as Date), with its linked products. */
export type StoredFestival = Omit<FestivalFields, "starts_at" | "ends_at"> & {
  starts_at: Date | string
  ends_at: Date | string
  products?: Array<{ id: string; status?: string } | null> | null
}

/** The festival's own fields as the API answers them: dates as ISO strings. */
export function festivalFields(festival: StoredFestival): FestivalFields {
  return {
    id: festival.id,
    handle: festival.handle,
    title_zh: festival.title_zh,
    title_en: festival.title_en,
    description_zh: festival.description_zh ?? null,
    description_en: festival.description_en ?? null,
    starts_at: new Date(festival.starts_at).toISOString(),
    ends_at: new Date(festival.ends_at).toISOString(),
    timezone: festival.timezone,
    target_kg: Number(festival.target_kg),
  }
}

/** A festival as the storefront shows it: status, live progress and its published products' ids. */
export async function presentFestival(container: MedusaContainer, festival: StoredFestival): Promise<StoreFestivalResponse["festival"]> {
  return {
    ...festivalFields(festival),
    status: festivalStatus(festival),
    product_ids: (festival.products ?? []).flatMap((p) => (p && p.status === "published" ? [p.id] : [])),
    progress: await festivalProgress(container, festival.handle),
  }
}

/** The store festival answers, computed and serialised once per SHARE_MS.festival for everyone asking. */
export const festivalAnswers = new SharedAnswers<SerialisedAnswer | null>(SHARE_MS.festival)
