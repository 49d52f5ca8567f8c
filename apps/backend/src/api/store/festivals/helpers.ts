import type { MedusaContainer } from "@medusajs/framework/types"
import { festivalProgress, festivalStatus } from "../../../lib/festival-report"

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
]

export const STORE_FESTIVAL_FIELDS = [...FESTIVAL_FIELDS, "products.id", "products.status"]

type StoredFestival = {
  id: string
  handle: string
  starts_at: Date | string
  ends_at: Date | string
  products?: Array<{ id: string; status?: string } | null> | null
} & Record<string, unknown>

/** A festival as the storefront shows it: status, live progress and its published products' ids. */
export async function presentFestival(container: MedusaContainer, festival: StoredFestival) {
  const { products, ...rest } = festival
  return {
    ...rest,
    status: festivalStatus(festival),
    product_ids: (products ?? []).flatMap((p) => (p && p.status === "published" ? [p.id] : [])),
    progress: await festivalProgress(container, festival.handle),
  }
}

