import type { Festival, FestivalInput } from "./festivals.js"
import { HANDLE_PATTERN, HANDLE_RULE, isTimeZone } from "../../lib/rules.js"
import { dateToWallTime, wallTimeToDate } from "./zoned-time.js"

/** The festival's products as the picker shows them. */
export type PickedProduct = { id: string; title: string; thumbnail: string | null }

const DEFAULT_ZONE = "Asia/Shanghai"
export const ZONES = ["Asia/Shanghai", "Asia/Urumqi", "Asia/Hong_Kong", "Asia/Taipei", "Asia/Singapore", "UTC"]
export const NO_PRICE_LIST = "none"

/** The form as typed: texts, the start and end as wall times of `timezone`, the target in tonnes. */
export type Draft = {
  handle: string
  title_zh: string
  title_en: string
  description_zh: string
  description_en: string
  starts_at: string
  ends_at: string
  timezone: string
  target_tonnes: string
  products: PickedProduct[]
  price_list_id: string
}

/** A blank draft, or one filled from `festival`. */
export function draftOf(festival?: Festival): Draft {
  const zone = festival?.timezone ?? DEFAULT_ZONE
  return {
    handle: festival?.handle ?? "",
    title_zh: festival?.title_zh ?? "",
    title_en: festival?.title_en ?? "",
    description_zh: festival?.description_zh ?? "",
    description_en: festival?.description_en ?? "",
    starts_at: festival ? dateToWallTime(festival.starts_at, zone) : "",
    ends_at: festival ? dateToWallTime(festival.ends_at, zone) : "",
    timezone: zone,
    target_tonnes: festival ? String(festival.target_kg / 1000) : "",
    products: festival?.products.map((p) => ({ id: p.id, title: p.title, thumbnail: p.thumbnail })) ?? [],
    price_list_id: festival?.price_list?.id ?? NO_PRICE_LIST,
  }
}

/** The request body for a draft, or the first thing wrong with it in words an organizer can act on. */
export function toInput(d: Draft): FestivalInput | string {
  if (!HANDLE_PATTERN.test(d.handle)) return `Handle: ${HANDLE_RULE}, e.g. tai-a-new-year-2027`
  if (!d.title_zh.trim() || !d.title_en.trim()) return "Both titles (中文 and English) are required"
  if (!isTimeZone(d.timezone)) return `Unknown time zone "${d.timezone}"`
  const starts = wallTimeToDate(d.starts_at, d.timezone)
  const ends = wallTimeToDate(d.ends_at, d.timezone)
  if (!starts || !ends) return "Start and end date and time are required"
  if (ends <= starts) return "The festival must end after it starts"
  const targetKg = Math.round(Number(d.target_tonnes) * 1000)
  if (!Number.isFinite(targetKg) || targetKg < 1) return "Target: a positive number of tonnes (at least 0.001 t = 1 kg)"
  return {
    handle: d.handle,
    title_zh: d.title_zh.trim(),
    title_en: d.title_en.trim(),
    description_zh: d.description_zh.trim() || null,
    description_en: d.description_en.trim() || null,
    starts_at: starts.toISOString(),
    ends_at: ends.toISOString(),
    timezone: d.timezone,
    target_kg: targetKg,
    product_ids: d.products.map((p) => p.id),
    price_list_id: d.price_list_id === NO_PRICE_LIST ? null : d.price_list_id,
  }
}
