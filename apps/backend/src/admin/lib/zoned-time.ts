/**
 * Wall-clock times in a festival's IANA time zone, whatever zone the organizer's browser is in.
 * A "wall time" is the `YYYY-MM-DDTHH:mm` string of an `<input type="datetime-local">`.
 */

const formatters = new Map<string, Intl.DateTimeFormat>()

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    })
    formatters.set(timeZone, formatter)
  }
  return formatter
}

function fields(instant: Date, timeZone: string) {
  const parts = Object.fromEntries(partsFormatter(timeZone).formatToParts(instant).map((p) => [p.type, p.value]))
  return {
    year: parts.year,
    month: parts.month,
    day: parts.day,
    hour: parts.hour,
    minute: parts.minute,
    second: parts.second,
  }
}

/** Milliseconds the zone is ahead of UTC at `instant` (Asia/Shanghai: +8 h). */
function offsetMs(instant: Date, timeZone: string): number {
  const f = fields(instant, timeZone)
  const asUtc = Date.UTC(+f.year, +f.month - 1, +f.day, +f.hour, +f.minute, +f.second)
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000
}

/** The instant a wall time in `timeZone` stands for; null when the text is not a wall time. */
export function wallTimeToDate(wallTime: string, timeZone: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(wallTime)
  if (!match) return null
  const [, y, mo, d, h, mi] = match.map(Number)
  const guess = Date.UTC(y, mo - 1, d, h, mi)
  const first = guess - offsetMs(new Date(guess), timeZone)
  // Around a DST change the offset at the guess and at the answer differ; the second pass settles it.
  return new Date(guess - offsetMs(new Date(first), timeZone))
}

/** The wall time of `instant` in `timeZone`, for a datetime-local input. */
export function dateToWallTime(instant: Date | string, timeZone: string): string {
  const f = fields(new Date(instant), timeZone)
  return `${f.year}-${f.month}-${f.day}T${f.hour}:${f.minute}`
}

/** "2027-01-20 10:00" in `timeZone`. */
export function formatWallTime(instant: Date | string, timeZone: string): string {
  return dateToWallTime(instant, timeZone).replace("T", " ")
}

/** The calendar day ("2027-01-20") of `instant` in `timeZone`. */
export function dayIn(instant: Date | string, timeZone: string): string {
  return dateToWallTime(instant, timeZone).slice(0, 10)
}
