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
