import { TonnageError } from "./error.js";
import { assembleReport, type Tallies, type Tally } from "./tally.js";
import type { Dimension, Report, ReportOptions, SoldLine } from "./types.js";
import { keptAmount, partShare } from "./units.js";
import { resolveOptions, validateLine } from "./validate.js";
import { dayInZone } from "./zone.js";

interface Counter {
  grams: number;
  presale_grams: number;
  units: number;
  orders: Set<string>;
  amounts: Map<string, number>;
}

function add(counter: Counter, orderId: string, units: number, grams: number, currency: string, amount: number, presale: boolean) {
  counter.grams += grams;
  if (presale) counter.presale_grams += grams;
  counter.units += units;
  counter.orders.add(orderId);
  counter.amounts.set(currency, (counter.amounts.get(currency) ?? 0) + amount);
}

function newCounter(): Counter {
  return { grams: 0, presale_grams: 0, units: 0, orders: new Set(), amounts: new Map() };
}

function toTally(counter: Counter): Tally {
  return { grams: counter.grams, units: counter.units, orders: counter.orders.size, amounts: counter.amounts, presale_grams: counter.presale_grams };
}

// An order is placed once, in one currency: its counted lines must agree, or "orders by day" would be ambiguous.
function checkOrder(seen: Map<string, { placed: number; currency: string }>, line: SoldLine, placed: number) {
  const first = seen.get(line.order_id);
  if (!first) {
    seen.set(line.order_id, { placed, currency: line.currency });
  } else if (first.placed !== placed || first.currency !== line.currency) {
    throw new TonnageError("invalid_line", `order ${JSON.stringify(line.order_id)}: lines differ in placed_at or currency`);
  }
}

/**
 * Computes a tonnage report from sold lines in memory (no I/O).
 * Every line is validated first (`TonnageError` code `invalid_line`); then lines outside [from, to),
 * canceled lines and lines of other products (with `product_ids`) are ignored, and returned units
 * are taken off: grams exactly, the amount pro rata rounded down to the minor unit (see `keptAmount`).
 * The counted lines of one order must share placed_at and currency (`invalid_line` otherwise).
 * A gift box (a line with `parts`) counts whole in the totals, by day and by product, and part by part by category
 * and cooperative: each part's units (boxes × how many it holds), grams, and a share of the money by weight.
 * Pre-sale lines count like any other, their grams also apart (`presale_grams`); `presale` keeps only them or
 * leaves them out.
 */
export function report(lines: Iterable<SoldLine>, options: ReportOptions): Report {
  const resolved = resolveOptions(options);
  const from = resolved.from.getTime();
  const to = resolved.to.getTime();
  const products = resolved.product_ids ? new Set(resolved.product_ids) : null;
  const totals = newCounter();
  const groups = new Map<Dimension, Map<string, Counter>>(resolved.dimensions.map((d) => [d, new Map()]));
  const placedOrders = new Map<string, { placed: number; currency: string }>();
  let index = 0;
  for (const line of lines) {
    const placed = validateLine(line, index++).getTime();
    if (placed < from || placed >= to || line.canceled) continue;
    if (products && !(line.product_id !== undefined && products.has(line.product_id))) continue;
    const presale = line.presale === true;
    if ((resolved.presale === "only" && !presale) || (resolved.presale === "exclude" && presale)) continue;
    const units = line.quantity - line.returned_quantity;
    if (units === 0) continue;
    checkOrder(placedOrders, line, placed);
    const grams = units * line.net_weight_g;
    const amount = keptAmount(line.amount, line.quantity, units);
    const currency = line.currency.toUpperCase();
    add(totals, line.order_id, units, grams, currency, amount, presale);
    const count = (counters: Map<string, Counter>, key: string, units: number, grams: number, amount: number) => {
      let counter = counters.get(key);
      if (!counter) counters.set(key, (counter = newCounter()));
      add(counter, line.order_id, units, grams, currency, amount, presale);
    };
    for (const [dimension, counters] of groups) {
      if (dimension === "day") count(counters, dayInZone(placed, resolved.timezone), units, grams, amount);
      else if (dimension === "product" || !line.parts) count(counters, line[dimension], units, grams, amount);
      else {
        // A gift box by category or cooperative: each part with its units, grams and share of the money.
        let before = 0;
        for (const part of line.parts) {
          const through = before + part.net_weight_g;
          count(counters, part[dimension], units * part.quantity, units * part.net_weight_g, partShare(amount, before, through, line.net_weight_g));
          before = through;
        }
      }
    }
  }
  const tallies: Tallies = { totals: toTally(totals), groups: {} };
  for (const [dimension, counters] of groups) {
    tallies.groups[dimension] = new Map([...counters].map(([key, counter]) => [key, toTally(counter)]));
  }
  return assembleReport(tallies, resolved);
}
