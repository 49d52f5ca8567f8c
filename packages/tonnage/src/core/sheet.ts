import { TonnageError } from "./error.js";
import type { BreakdownRow, Dimension, Figures, Report } from "./types.js";
import { formatMinor, formatTonnes } from "./units.js";

/** A breakdown laid out as cells, shared by the table, CSV and Markdown formats. */
export interface Sheet {
  dimension: Dimension;
  headers: string[];
  /** Which columns hold numbers (right-aligned). */
  numeric: boolean[];
  rows: string[][];
  total: string[];
}

/** How a sheet shows figures. */
export interface SheetStyle {
  /** Thousands separators for people ("12,345.60"); none for machines. */
  grouping: boolean;
  /** Add the exact grams column. */
  grams: boolean;
}

/** Formats an integer with optional thousands separators. */
export function formatCount(value: number, grouping: boolean): string {
  return grouping ? value.toLocaleString("en-US") : String(value);
}

/** The breakdown to show: the one asked for, else the first the report has. */
export function pickDimension(report: Report, by?: Dimension): Dimension {
  const dimension = by ?? (Object.keys(report.breakdowns)[0] as Dimension | undefined);
  if (!dimension || !report.breakdowns[dimension]) {
    throw new TonnageError("invalid_option", `the report has no breakdown by ${by ?? "anything"}`);
  }
  return dimension;
}

/** Lays out one breakdown of a report plus a total row. */
export function buildSheet(report: Report, by: Dimension | undefined, style: SheetStyle): Sheet {
  const dimension = pickDimension(report, by);
  const currencies = Object.keys(report.totals.amounts);
  const cells = (figures: Figures): string[] => [
    figures.tonnes,
    ...(style.grams ? [String(figures.grams)] : []),
    formatCount(figures.orders, style.grouping),
    formatCount(figures.units, style.grouping),
    ...currencies.map((currency) => formatMinor(figures.amounts[currency] ?? 0, currency, style.grouping)),
    figures.presale_tonnes,
  ];
  const headers = [dimension, "tonnes", ...(style.grams ? ["grams"] : []), "orders", "units", ...currencies, "presale tonnes"];
  return {
    dimension,
    headers,
    numeric: headers.map((_, index) => index > 0),
    rows: (report.breakdowns[dimension] as BreakdownRow[]).map((row) => [row.key, ...cells(row)]),
    total: ["total", ...cells(report.totals)],
  };
}

/** Summary lines: the window, what sold and the progress against the target. */
export function summaryLines(report: Report, title?: string): string[] {
  const { totals, progress } = report;
  const money = Object.entries(totals.amounts).map(([currency, minor]) => `${currency} ${formatMinor(minor, currency, true)}`);
  const lines = [
    `${title ? `${title} · ` : ""}${report.first_day} – ${report.last_day} (${report.timezone})`,
    [`Sold ${totals.tonnes} t`, `${formatCount(totals.orders, true)} orders`, `${formatCount(totals.units, true)} units`, ...money].join(" · "),
  ];
  if (report.presale) lines.push(report.presale === "only" ? "Pre-sales only" : "Pre-sales left out");
  else if (totals.presale_grams > 0) lines.push(`of which pre-sale ${totals.presale_tonnes} t, in stock ${formatTonnes(totals.grams - totals.presale_grams)} t`);
  if (progress) {
    const parts = [`Target ${progress.target_tonnes} t`, `${progress.percent.toFixed(1)}%`];
    if (progress.reached) parts.push("reached");
    else {
      parts.push(`${progress.left_tonnes} t left`, `${progress.days_left} days left`);
      if (progress.pace_tonnes_per_day !== null) parts.push(`needs ${progress.pace_tonnes_per_day} t/day`);
    }
    lines.push(parts.join(" · "));
  }
  return lines;
}
