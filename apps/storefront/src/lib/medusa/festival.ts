import { cachedGet, isNotFound, liveRequest } from "./client"
import { TAGS } from "./tags"
import type { StoreFestivalResponse } from "@tarim/contracts"
import type { Festival } from "./types"

type FestivalDTO = StoreFestivalResponse["festival"]

/** Maps the festival answer to the storefront's shape in `locale`. */
export function toFestival(f: FestivalDTO, locale: string): Festival {
  const en = locale.startsWith("en")
  return {
    handle: f.handle,
    title: en ? f.title_en : f.title_zh,
    description: (en ? f.description_en : f.description_zh) ?? "",
    startsAt: f.starts_at,
    endsAt: f.ends_at,
    timeZone: f.timezone || "Asia/Shanghai",
    status: f.status,
    targetKg: f.target_kg,
    productIds: f.product_ids,
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
    const { festival } = await cachedGet<StoreFestivalResponse>("/store/festivals/current", {
      tags: [TAGS.festival],
      revalidate: 60,
    })
    return festival ? toFestival(festival, locale) : null
  } catch {
    return null
  }
}

/** One festival by handle, or null for an unknown handle (404); other failures throw to the error page. */
export async function getFestival(handle: string, locale: string): Promise<Festival | null> {
  try {
    const { festival } = await cachedGet<StoreFestivalResponse>(`/store/festivals/${encodeURIComponent(handle)}`, {
      tags: [TAGS.festival],
      revalidate: 60,
    })
    return toFestival(festival, locale)
  } catch (error) {
    if (isNotFound(error)) return null
    throw error
  }
}

/** How long one answer of the backend serves every shopper's progress poll: the bar is at most this much behind. */
const LIVE_PROGRESS_MS = 2000

const live = new Map<string, { at: number; answer: Promise<FestivalDTO | null> }>()

/**
 * A festival with its sales as of the last LIVE_PROGRESS_MS, for the progress bar's poll from the browser. The
 * pages around the bar are cached HTML that orders never flush; this read is what keeps the bar moving. However many
 * shoppers poll, this server asks the backend at most once per handle in that time (concurrent polls share the call).
 * Next's own fetch cache would answer a poll after a quiet spell with the old figure while it refreshes.
 */
export async function getLiveFestival(handle: string, locale: string): Promise<Festival | null> {
  const now = Date.now()
  for (const [key, entry] of live) if (now - entry.at > LIVE_PROGRESS_MS) live.delete(key)
  let entry = live.get(handle)
  if (!entry) {
    const answer = liveRequest<StoreFestivalResponse>(`/store/festivals/${encodeURIComponent(handle)}`).then(
      (r) => r.festival,
      (error) => {
        if (isNotFound(error)) return null
        live.delete(handle)
        throw error
      }
    )
    entry = { at: now, answer }
    live.set(handle, entry)
  }
  const festival = await entry.answer
  return festival ? toFestival(festival, locale) : null
}

/**
 * A festival's window as announced, in its own time zone whatever the server's or shopper's zone:
 * { from: "2027年1月20日 00:00", to: "2027年1月30日 23:59", zone: "中国标准时间" }.
 */
export function festivalWindow(f: Pick<Festival, "startsAt" | "endsAt" | "timeZone">, locale: string) {
  const format = new Intl.DateTimeFormat(locale, {
    timeZone: f.timeZone,
    year: "numeric",
    month: "long",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  })
  const zone = new Intl.DateTimeFormat(locale, { timeZone: f.timeZone, timeZoneName: "long" })
    .formatToParts(new Date(f.startsAt))
    .find((p) => p.type === "timeZoneName")?.value
  return { from: format.format(new Date(f.startsAt)), to: format.format(new Date(f.endsAt)), zone: zone ?? f.timeZone }
}
