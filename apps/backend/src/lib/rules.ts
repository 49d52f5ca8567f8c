// Rules that the API, the workflows, the search index and the admin all apply: each is written here once. Plain
// TypeScript without server imports, so the admin's browser bundle takes it too.
import type { FestivalStatus } from "@tarim/contracts"

/** A handle in a URL: lowercase letters, digits and single hyphens. */
export const HANDLE_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** What HANDLE_PATTERN asks for, for messages (the caller adds an example of its own). */
export const HANDLE_RULE = "lowercase letters, digits and single hyphens"

/** True when `zone` is an IANA time zone this runtime knows (Asia/Shanghai). */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone })
    return true
  } catch {
    return false
  }
}

type Window = { starts_at: Date | string; ends_at: Date | string }

/** Where a festival's window stands at `now`: it opens at `starts_at` and closes at `ends_at` (exclusive). */
export function festivalStatus(festival: Window, now = new Date()): FestivalStatus {
  if (now < new Date(festival.starts_at)) return "upcoming"
  return now < new Date(festival.ends_at) ? "live" : "ended"
}

/** Whether festival prices and the festival badge apply at `now`. */
export function isFestivalOpen(festival: Window, now = new Date()): boolean {
  return festivalStatus(festival, now) === "live"
}

/** "2027-10-20": a real calendar date written as ISO digits. */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value)
}

/** Today's calendar date in a time zone, "YYYY-MM-DD". */
export function todayIn(timeZone: string, now = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now)
}
