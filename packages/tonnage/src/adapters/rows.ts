// Turning the adapter's SQL result rows into tallies.
import { TonnageError } from "../core/error.js";
import { emptyTally, type Tally } from "../core/tally.js";

/** A result row of the spine or a breakdown query; pg returns bigint and numeric as strings, float8 as numbers. */
export interface AggregateRow {
  key: string | null;
  currency: string | null;
  orders: string | null;
  units: string | null;
  grams: string | number | null;
  amount: string | number | null;
  presale_grams: string | number | null;
  mixed_order?: string | null;
  invalid_orders?: string;
  invalid_order?: string | null;
}

function toInt(value: string | number | null, what: string): number {
  const number = Number(value ?? 0);
  if (!Number.isSafeInteger(number)) throw new TonnageError("overflow", `${what} ${value} is not a safe integer`);
  return number;
}

function checkCurrency(currency: string | null): string {
  if (currency === null || !/^[A-Za-z]{3}$/.test(currency)) {
    throw new TonnageError("invalid_line", `currency must be a 3-letter code, got ${JSON.stringify(currency)}`);
  }
  return currency.toUpperCase();
}

/** Adds a result row: sums when it has a currency, and its order count. */
export function addRow(tally: Tally, row: AggregateRow): void {
  tally.orders += toInt(row.orders, "orders");
  if (row.currency === null && row.units === null) return;
  tally.units += toInt(row.units, "units");
  tally.grams += toInt(row.grams, "grams");
  tally.presale_grams += toInt(row.presale_grams, "presale grams");
  const currency = checkCurrency(row.currency);
  tally.amounts.set(currency, (tally.amounts.get(currency) ?? 0) + toInt(row.amount, "amount"));
}

/** Adds a result row to the tally of its key. */
export function addToGroup(groups: Map<string, Tally>, row: AggregateRow): void {
  const key = row.key ?? "";
  let tally = groups.get(key);
  if (!tally) groups.set(key, (tally = emptyTally()));
  addRow(tally, row);
}
