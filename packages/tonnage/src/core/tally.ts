import { computeProgress } from "./progress.js";
import type { BreakdownRow, Dimension, Figures, Report } from "./types.js";
import { assertSafeInteger, formatTonnes } from "./units.js";
import type { ResolvedOptions } from "./validate.js";
import { addDays, daysBetween } from "./zone.js";

/** Summed figures of one group before formatting; what the core and the SQL adapter both produce. */
export interface Tally {
  grams: number;
  units: number;
  orders: number;
  /** Minor units by upper-case currency code. */
  amounts: Map<string, number>;
  presale_grams: number;
}

/** Tallies of a whole window: the totals and one map per requested breakdown. */
export interface Tallies {
  totals: Tally;
  groups: Partial<Record<Dimension, Map<string, Tally>>>;
}

/** A tally with nothing sold. */
export function emptyTally(): Tally {
  return { grams: 0, units: 0, orders: 0, amounts: new Map(), presale_grams: 0 };
}

function figures(tally: Tally): Figures {
  assertSafeInteger(tally.grams, "grams");
  assertSafeInteger(tally.units, "units");
  assertSafeInteger(tally.presale_grams, "presale grams");
  const amounts: Record<string, number> = {};
  for (const currency of [...tally.amounts.keys()].sort()) {
    const amount = tally.amounts.get(currency) as number;
    assertSafeInteger(amount, `${currency} amount`);
    amounts[currency] = amount;
  }
  return {
    grams: tally.grams,
    tonnes: formatTonnes(tally.grams),
    units: tally.units,
    orders: tally.orders,
    amounts,
    presale_grams: tally.presale_grams,
    presale_tonnes: formatTonnes(tally.presale_grams),
  };
}

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function rows(dimension: Dimension, groups: Map<string, Tally>, options: ResolvedOptions): BreakdownRow[] {
  if (dimension === "day") {
    const count = daysBetween(options.first_day, options.last_day) + 1;
    return Array.from({ length: count }, (_, offset) => {
      const key = addDays(options.first_day, offset);
      return { key, ...figures(groups.get(key) ?? emptyTally()) };
    });
  }
  return [...groups.entries()]
    .map(([key, tally]) => ({ key, ...figures(tally) }))
    .sort((a, b) => b.grams - a.grams || byCodeUnits(a.key, b.key));
}

/** Turns tallies into the report object; shared by the core and the Postgres adapter so both agree exactly. */
export function assembleReport(tallies: Tallies, options: ResolvedOptions): Report {
  const breakdowns: Report["breakdowns"] = {};
  for (const dimension of options.dimensions) {
    breakdowns[dimension] = rows(dimension, tallies.groups[dimension] ?? new Map(), options);
  }
  return {
    from: options.from.toISOString(),
    to: options.to.toISOString(),
    timezone: options.timezone,
    first_day: options.first_day,
    last_day: options.last_day,
    product_ids: options.product_ids,
    presale: options.presale,
    totals: figures(tallies.totals),
    breakdowns,
    progress: computeProgress(tallies.totals.grams, options),
  };
}
