import type pg from "pg";
import { TonnageError } from "../core/error.js";
import { assembleReport, emptyTally, type Tallies, type Tally } from "../core/tally.js";
import type { Dimension, Report, ReportOptions } from "../core/types.js";
import { resolveOptions } from "../core/validate.js";
import { addRow, addToGroup, type AggregateRow } from "./rows.js";
import { dimensionSql, FESTIVAL_SQL, spineSql } from "./sql.js";

/** A festival as the backend's `tarim_festival` view describes it. */
export interface Festival {
  id: string;
  handle: string;
  title_zh: string | null;
  title_en: string | null;
  starts_at: Date;
  ends_at: Date;
  timezone: string | null;
  target_kg: number | null;
  product_ids: string[];
}

/** Anything that runs a query: a `pg.Client` or a checked-out `pg.PoolClient`. */
export type Queryable = Pick<pg.ClientBase, "query">;

// Grouping ~1 M lines by order needs more than the 4 MB default to stay a hash aggregate in memory
// (with less, Postgres falls back to sorting); local to the report's transaction.
const WORK_MEM = "128MB";

/**
 * Runs `work` in one read-only, repeatable-read transaction, so every query sees the same snapshot
 * and nothing can be written. Rolls back on error.
 */
export async function readOnly<T>(client: Queryable, work: () => Promise<T>): Promise<T> {
  await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY");
  try {
    await client.query(`SET LOCAL work_mem = '${WORK_MEM}'`);
    const result = await work();
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  }
}

async function aggregate(client: Queryable, options: ReportOptions): Promise<Report> {
  const resolved = resolveOptions(options);
  const window = [resolved.from, resolved.to, resolved.product_ids];
  const byDay = resolved.dimensions.includes("day");
  const spine = await client.query<AggregateRow>(spineSql(byDay, resolved.presale), byDay ? [...window, resolved.timezone] : window);
  const tallies: Tallies = { totals: emptyTally(), groups: {} };
  const days = new Map<string, Tally>();
  const invalid = spine.rows.find((row) => Number(row.invalid_orders) > 0);
  if (invalid) {
    throw new TonnageError("invalid_line", `order ${JSON.stringify(invalid.invalid_order)} has an invalid line`);
  }
  for (const row of spine.rows) {
    if (row.mixed_order) {
      throw new TonnageError("invalid_line", `order ${JSON.stringify(row.mixed_order)}: lines differ in placed_at or currency`);
    }
    addRow(tallies.totals, row);
    if (byDay) addToGroup(days, row);
  }
  if (byDay) tallies.groups.day = days;
  for (const dimension of resolved.dimensions.filter((d): d is Exclude<Dimension, "day"> => d !== "day")) {
    const groups = new Map<string, Tally>();
    const result = await client.query<AggregateRow>(dimensionSql(dimension, resolved.presale), window);
    for (const row of result.rows) addToGroup(groups, row);
    tallies.groups[dimension] = groups;
  }
  return assembleReport(tallies, resolved);
}

/**
 * Computes a report in Postgres from the `tarim_sold_line` view: the same object `report()` returns for
 * the same lines. Sums are grouped in SQL; only one row per group comes back. Read-only.
 */
export function queryReport(client: Queryable, options: ReportOptions): Promise<Report> {
  return readOnly(client, () => aggregate(client, options));
}

async function festivalByHandle(client: Queryable, handle: string): Promise<Festival | null> {
  const result = await client.query(FESTIVAL_SQL, [handle]);
  if (result.rows.length === 0) return null;
  const row = result.rows[0];
  return { ...row, target_kg: row.target_kg === null ? null : Number(row.target_kg), product_ids: row.product_ids ?? [] };
}

/** Looks a festival up by handle in the `tarim_festival` view (read-only); null when there is none. */
export function findFestival(client: Queryable, handle: string): Promise<Festival | null> {
  return readOnly(client, () => festivalByHandle(client, handle));
}

/** Report options that cover a festival: its window, time zone, target and products. */
export function festivalOptions(festival: Festival): ReportOptions {
  return {
    from: festival.starts_at,
    to: festival.ends_at,
    timezone: festival.timezone ?? undefined,
    // A festival without a target (null or 0) reports no progress.
    target_kg: festival.target_kg || undefined,
    product_ids: festival.product_ids,
  };
}

/**
 * Looks a festival up and reports on it in one read-only snapshot; `extra.timezone` overrides the festival's.
 * Throws `TonnageError` code `not_found` when no festival has the handle.
 */
export function queryFestivalReport(
  client: Queryable,
  handle: string,
  extra: Pick<ReportOptions, "by" | "now" | "timezone" | "presale"> = {},
): Promise<{ festival: Festival; report: Report }> {
  return readOnly(client, async () => {
    const festival = await festivalByHandle(client, handle);
    if (!festival) throw new TonnageError("not_found", `festival "${handle}" not found`);
    const options = festivalOptions(festival);
    const timezone = extra.timezone ?? options.timezone;
    return { festival, report: await aggregate(client, { ...options, by: extra.by, now: extra.now, timezone, presale: extra.presale }) };
  });
}
