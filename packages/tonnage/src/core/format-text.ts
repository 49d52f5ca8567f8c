import { buildSheet, summaryLines } from "./sheet.js";
import type { Dimension, Report } from "./types.js";
import { displayWidth, pad } from "./width.js";

/** Options shared by the formatters. */
export interface FormatOptions {
  /** Breakdown to show; default the report's first. */
  by?: Dimension;
  /** Heading, e.g. the festival's title. */
  title?: string;
}

/** An aligned plain-text table for terminals; CJK characters count as two columns. */
export function formatTable(report: Report, options: FormatOptions = {}): string {
  const sheet = buildSheet(report, options.by, { grouping: true, grams: false });
  const all = [sheet.headers, ...sheet.rows, sheet.total];
  const widths = sheet.headers.map((_, column) => Math.max(...all.map((row) => displayWidth(row[column]))));
  const line = (row: string[]) =>
    row.map((cell, column) => pad(cell, widths[column], sheet.numeric[column] ? "right" : "left")).join("  ").trimEnd();
  const rule = widths.map((width) => "-".repeat(width)).join("  ");
  const body = [line(sheet.headers), rule, ...sheet.rows.map(line), rule, line(sheet.total)];
  return [...summaryLines(report, options.title), "", ...body].join("\n") + "\n";
}

function markdownCell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}

/** A Markdown summary and GitHub-flavoured table. */
export function formatMarkdown(report: Report, options: FormatOptions = {}): string {
  const sheet = buildSheet(report, options.by, { grouping: true, grams: false });
  const row = (cells: string[]) => `| ${cells.map(markdownCell).join(" | ")} |`;
  const [first, ...rest] = summaryLines(report, options.title);
  return [
    `## ${markdownCell(first)}`,
    "",
    ...rest.map((text) => `- ${markdownCell(text)}`),
    "",
    row(sheet.headers),
    `| ${sheet.numeric.map((numeric) => (numeric ? "---:" : ":---")).join(" | ")} |`,
    ...sheet.rows.map(row),
    row(sheet.total.map((cell) => `**${cell}**`)),
  ].join("\n") + "\n";
}

function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * CSV of one breakdown plus a total row: UTF-8 with a byte-order mark so Excel reads Chinese,
 * RFC 4180 quoting and CRLF line ends. Amounts are plain decimals ("1234.50"), grams exact.
 */
export function formatCsv(report: Report, options: FormatOptions = {}): string {
  const sheet = buildSheet(report, options.by, { grouping: false, grams: true });
  const lines = [sheet.headers, ...sheet.rows, sheet.total].map((row) => row.map(csvField).join(","));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

/** The report object as indented JSON (with the title first when given). */
export function formatJson(report: Report, options: FormatOptions = {}): string {
  const value = options.title ? { title: options.title, ...report } : report;
  return JSON.stringify(value, null, 2) + "\n";
}

/** Output formats of `formatReport`. */
export type Format = "table" | "csv" | "json" | "md";

/** Formats a report as a terminal table, CSV, JSON or Markdown. */
export function formatReport(report: Report, format: Format, options: FormatOptions = {}): string {
  const formatters = { table: formatTable, csv: formatCsv, json: formatJson, md: formatMarkdown };
  return formatters[format](report, options);
}
