import { TonnageError } from "./error.js";

const DAY_MS = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timezone: string): Intl.DateTimeFormat {
  let format = formatters.get(timezone);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat("en-US", {
        timeZone: timezone,
        hourCycle: "h23",
        year: "numeric",
        month: "numeric",
        day: "numeric",
        hour: "numeric",
        minute: "numeric",
        second: "numeric",
      });
    } catch {
      throw new TonnageError("invalid_option", `unknown time zone "${timezone}"`);
    }
    formatters.set(timezone, format);
  }
  return format;
}

/** Throws `invalid_option` unless Intl knows the IANA time zone. */
export function assertTimezone(timezone: string): void {
  formatter(timezone);
}

function wallClock(instant: number, timezone: string): number[] {
  const parts: Record<string, number> = {};
  for (const part of formatter(timezone).formatToParts(instant)) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  return [parts.year, parts.month, parts.day, parts.hour, parts.minute, parts.second];
}

function offsetMs(instant: number, timezone: string): number {
  const [y, mo, d, h, mi, s] = wallClock(instant, timezone);
  return Date.UTC(y, mo - 1, d, h, mi, s) - (instant - (((instant % 1000) + 1000) % 1000));
}

function isoDay(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** The calendar day ("YYYY-MM-DD") of an instant in an IANA time zone. */
export function dayInZone(instant: Date | number, timezone: string): string {
  const [y, m, d] = wallClock(typeof instant === "number" ? instant : instant.getTime(), timezone);
  return isoDay(y, m, d);
}

/** Parses "YYYY-MM-DD" strictly; throws `invalid_option` for anything else (2025-02-30 included). */
export function parseDay(day: string): [number, number, number] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  const [y, m, d] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0];
  const check = new Date(Date.UTC(y, m - 1, d));
  if (!match || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) {
    throw new TonnageError("invalid_option", `"${day}" is not a date (YYYY-MM-DD)`);
  }
  return [y, m, d];
}

/** The instant a calendar day starts in a time zone (its local midnight). */
export function dayStart(day: string, timezone: string): Date {
  const [y, m, d] = parseDay(day);
  const guess = Date.UTC(y, m - 1, d);
  const first = offsetMs(guess, timezone);
  const second = offsetMs(guess - first, timezone);
  return new Date(guess - second);
}

/** The calendar day `count` days after `day` (negative goes back). */
export function addDays(day: string, count: number): string {
  const [y, m, d] = parseDay(day);
  const next = new Date(Date.UTC(y, m - 1, d) + count * DAY_MS);
  return isoDay(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate());
}

/** Whole calendar days from `a` to `b` (b − a). */
export function daysBetween(a: string, b: string): number {
  const [ya, ma, da] = parseDay(a);
  const [yb, mb, db] = parseDay(b);
  return Math.round((Date.UTC(yb, mb - 1, db) - Date.UTC(ya, ma - 1, da)) / DAY_MS);
}

/**
 * The window of calendar days `first`…`last` (both inclusive) in a time zone,
 * as the half-open instant range [from, to) that reports take.
 */
export function dayRange(first: string, last: string, timezone: string): { from: Date; to: Date } {
  if (daysBetween(first, last) < 0) {
    throw new TonnageError("invalid_option", `first day ${first} is after last day ${last}`);
  }
  return { from: dayStart(first, timezone), to: dayStart(addDays(last, 1), timezone) };
}
