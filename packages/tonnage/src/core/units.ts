import { TonnageError } from "./error.js";

const GRAMS_PER_KG = 1000;

/**
 * Formats integer grams as tonnes with exactly 3 decimals (whole kilograms).
 * Rounds half up on the integer: 1 234 499 g → "1.234", 1 234 500 g → "1.235". No floats are involved.
 */
export function formatTonnes(grams: number): string {
  assertSafeInteger(grams, "grams");
  const negative = grams < 0;
  const kg = Math.floor((Math.abs(grams) + GRAMS_PER_KG / 2) / GRAMS_PER_KG);
  const text = `${Math.floor(kg / 1000)}.${String(kg % 1000).padStart(3, "0")}`;
  return negative && kg > 0 ? `-${text}` : text;
}

/**
 * The part of a line's amount kept after returns, in minor units: `floor(amount × kept ÷ quantity)`.
 * The remainder of the pro-rata split (less than one fen) goes with the returned units,
 * so sales are never overstated. Postgres computes the same with bigint division.
 */
export function keptAmount(amount: number, quantity: number, kept: number): number {
  if (quantity === 0 || kept === 0) return 0;
  const product = amount * kept;
  if (Number.isSafeInteger(product)) return Math.floor(product / quantity);
  return Number((BigInt(amount) * BigInt(kept)) / BigInt(quantity));
}

/**
 * A gift-box part's share of the line's kept amount: the line's grams are laid end to end, the part spans grams
 * `before` to `through` of `whole`, and gets `floor(kept × through ÷ whole) − floor(kept × before ÷ whole)`.
 * The shares of all parts add up to `kept` exactly (the floors telescope), with no remainder to place.
 */
export function partShare(kept: number, before: number, through: number, whole: number): number {
  if (whole === 0) return 0;
  const at = (grams: number) => (BigInt(kept) * BigInt(grams)) / BigInt(whole);
  return Number(at(through) - at(before));
}

const digitsCache = new Map<string, number>();

/** Decimal digits of a currency's minor unit (CNY 2, JPY 0), from Intl. */
export function minorDigits(currency: string): number {
  let digits = digitsCache.get(currency);
  if (digits === undefined) {
    try {
      digits = new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions()
        .maximumFractionDigits ?? 2;
    } catch {
      digits = 2;
    }
    digitsCache.set(currency, digits);
  }
  return digits;
}

/**
 * Formats integer minor units as major units with the currency's decimals (fen → yuan: 123456 → "1234.56").
 * With `grouping`, thousands are separated by commas ("1,234.56").
 */
export function formatMinor(minor: number, currency: string, grouping = false): string {
  assertSafeInteger(minor, "amount");
  const digits = minorDigits(currency);
  const sign = minor < 0 ? "-" : "";
  const abs = String(Math.abs(minor)).padStart(digits + 1, "0");
  let whole = abs.slice(0, abs.length - digits);
  if (grouping) whole = whole.replace(/\B(?=(\d{3})+$)/g, ",");
  return digits === 0 ? `${sign}${whole}` : `${sign}${whole}.${abs.slice(abs.length - digits)}`;
}

/** Converts a kilogram target to integer grams (to the nearest gram). */
export function kgToGrams(kg: number): number {
  return Math.round(kg * GRAMS_PER_KG);
}

/** Throws `overflow` when a sum no longer fits a safe integer. */
export function assertSafeInteger(value: number, what: string): void {
  if (!Number.isSafeInteger(value)) {
    throw new TonnageError("overflow", `${what} ${value} is not a safe integer`);
  }
}
