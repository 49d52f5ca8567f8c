import type { Progress } from "./types.js";
import { formatTonnes } from "./units.js";
import type { ResolvedOptions } from "./validate.js";
import { dayInZone, daysBetween } from "./zone.js";

/**
 * Progress of `grams` sold against the target of the window.
 * Days left are calendar days in the window's time zone from `now` to the last day, today included
 * (all days before the window opens, none once it has closed). The daily pace is rounded up to the gram.
 */
export function computeProgress(grams: number, options: ResolvedOptions): Progress | null {
  const target = options.target_grams;
  if (target === null) return null;
  const now = options.now.getTime();
  let daysLeft = 0;
  if (now < options.to.getTime()) {
    const start = now < options.from.getTime() ? options.first_day : dayInZone(now, options.timezone);
    daysLeft = daysBetween(start, options.last_day) + 1;
  }
  const left = Math.max(0, target - grams);
  const pace = left === 0 ? 0 : daysLeft > 0 ? Math.ceil(left / daysLeft) : null;
  return {
    as_of: options.now.toISOString(),
    target_grams: target,
    target_tonnes: formatTonnes(target),
    // Tenths of a percent, rounded half up on integers.
    percent: Math.floor((grams * 2000 + target) / (2 * target)) / 10,
    reached: grams >= target,
    left_grams: left,
    left_tonnes: formatTonnes(left),
    days_left: daysLeft,
    pace_grams_per_day: pace,
    pace_tonnes_per_day: pace === null ? null : formatTonnes(pace),
  };
}
