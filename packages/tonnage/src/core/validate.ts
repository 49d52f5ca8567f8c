import { TonnageError } from "./error.js";
import type { Dimension, ReportOptions, SoldLine } from "./types.js";
import { DIMENSIONS, PRESALE_FILTERS, type PresaleFilter } from "./types.js";
import { kgToGrams } from "./units.js";
import { assertTimezone, dayInZone } from "./zone.js";

/** Report options after validation, as both the core and the Postgres adapter use them. */
export interface ResolvedOptions {
  from: Date;
  to: Date;
  timezone: string;
  target_grams: number | null;
  dimensions: Dimension[];
  product_ids: string[] | null;
  presale: PresaleFilter | null;
  now: Date;
  first_day: string;
  last_day: string;
}

/** Reads a Date or an ISO 8601 string; a string without a zone is taken as UTC. Invalid → NaN date. */
export function parseInstant(value: Date | string): Date {
  if (typeof value !== "string") return value;
  return new Date(/T[\d:.]+$/.test(value) ? `${value}Z` : value);
}

function toInstant(value: Date | string, what: string): Date {
  const date = parseInstant(value);
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) {
    throw new TonnageError("invalid_option", `${what} is not a valid date: ${String(value)}`);
  }
  return date;
}

/** Validates report options and fills in defaults; throws `invalid_option`. */
export function resolveOptions(options: ReportOptions): ResolvedOptions {
  const from = toInstant(options.from, "from");
  const to = toInstant(options.to, "to");
  if (from.getTime() >= to.getTime()) {
    throw new TonnageError("invalid_option", `from ${from.toISOString()} is not before to ${to.toISOString()}`);
  }
  const timezone = options.timezone ?? "Asia/Shanghai";
  assertTimezone(timezone);
  const target = options.target_kg;
  if (target !== undefined && !(Number.isFinite(target) && target > 0)) {
    throw new TonnageError("invalid_option", `target_kg must be a positive number, got ${String(target)}`);
  }
  const by = options.by ?? DIMENSIONS;
  const wanted = typeof by === "string" ? [by] : [...by];
  for (const dimension of wanted) {
    if (!DIMENSIONS.includes(dimension)) {
      throw new TonnageError("invalid_option", `unknown breakdown "${dimension}" (use ${DIMENSIONS.join(", ")})`);
    }
  }
  if (options.presale !== undefined && !PRESALE_FILTERS.includes(options.presale)) {
    throw new TonnageError("invalid_option", `presale must be one of ${PRESALE_FILTERS.join(", ")}, got ${JSON.stringify(options.presale)}`);
  }
  return {
    from,
    to,
    timezone,
    presale: options.presale ?? null,
    target_grams: target === undefined ? null : kgToGrams(target),
    dimensions: DIMENSIONS.filter((dimension) => wanted.includes(dimension)),
    product_ids: options.product_ids ? [...new Set(options.product_ids)].sort() : null,
    now: options.now ?? new Date(),
    first_day: dayInZone(from, timezone),
    last_day: dayInZone(to.getTime() - 1, timezone),
  };
}

function isCount(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 0;
}

/** Checks one sold line and returns its placed_at instant; throws `invalid_line` naming the order. */
export function validateLine(line: SoldLine, index: number): Date {
  const where = `line ${index} (order ${JSON.stringify(line?.order_id)})`;
  const fail = (problem: string): never => {
    throw new TonnageError("invalid_line", `${where}: ${problem}`);
  };
  if (typeof line?.order_id !== "string" || line.order_id === "") fail("order_id must be a non-empty string");
  if (!isCount(line.quantity)) fail(`quantity must be a non-negative integer, got ${line.quantity}`);
  if (!isCount(line.returned_quantity)) {
    fail(`returned_quantity must be a non-negative integer, got ${line.returned_quantity}`);
  }
  if (line.returned_quantity > line.quantity) {
    fail(`returned_quantity ${line.returned_quantity} exceeds quantity ${line.quantity}`);
  }
  if (!isCount(line.net_weight_g)) fail(`net_weight_g must be non-negative integer grams, got ${line.net_weight_g}`);
  if (!isCount(line.amount)) fail(`amount must be non-negative integer minor units, got ${line.amount}`);
  if (typeof line.canceled !== "boolean") fail("canceled must be a boolean");
  if (typeof line.currency !== "string" || !/^[A-Za-z]{3}$/.test(line.currency)) {
    fail(`currency must be a 3-letter code, got ${JSON.stringify(line.currency)}`);
  }
  for (const field of ["product", "category", "cooperative"] as const) {
    if (typeof line[field] !== "string") fail(`${field} must be a string`);
  }
  if (line.presale !== undefined && line.presale !== null && typeof line.presale !== "boolean") fail("presale must be a boolean");
  if (line.parts !== undefined && line.parts !== null) {
    if (!Array.isArray(line.parts) || line.parts.length === 0) fail("parts must be a non-empty array when given");
    let grams = 0;
    line.parts.forEach((part, n) => {
      if (!isCount(part?.net_weight_g) || part.net_weight_g === 0) fail(`part ${n}: net_weight_g must be positive integer grams`);
      if (!isCount(part.quantity) || part.quantity === 0) fail(`part ${n}: quantity must be a positive integer`);
      if (typeof part.category !== "string" || typeof part.cooperative !== "string") {
        fail(`part ${n}: category and cooperative must be strings`);
      }
      grams += part.net_weight_g;
    });
    if (grams !== line.net_weight_g) fail(`parts weigh ${grams} g, the line ${line.net_weight_g} g per unit`);
  }
  const placed = parseInstant(line.placed_at);
  if (!(placed instanceof Date) || Number.isNaN(placed.getTime())) {
    fail(`placed_at is not a valid date: ${String(line.placed_at)}`);
  }
  return placed;
}
