// Command-line parsing of tarim-tonnage.
import { parseArgs } from "node:util";
import { TonnageError } from "./core/error.js";
import type { Format } from "./core/format-text.js";
import { DIMENSIONS, PRESALE_FILTERS } from "./core/types.js";
import { dayRange, parseDay } from "./core/zone.js";

export const NAME = "tarim-tonnage";
export const DEFAULT_DATABASE_URL = "postgres://postgres:postgres@localhost:54320/tarim";
export const FORMATS: readonly Format[] = ["table", "csv", "json", "md"];

export const HELP = `Usage: ${NAME} report (--festival <handle> | --from <YYYY-MM-DD> --to <YYYY-MM-DD>) [options]

Sales-tonnage report of a produce festival or a date range, from the Tarim Market database.

Options:
  --festival <handle>  the festival's window, products and target
  --from <YYYY-MM-DD>  first calendar day of a date range
  --to <YYYY-MM-DD>    last calendar day, inclusive
  --by <breakdown>     ${DIMENSIONS.join(" | ")} (default day; json without --by: all)
  --format <format>    ${FORMATS.join(" | ")} (default table)
  --out <file>         write the report to a file instead of stdout
  --tz <zone>          IANA time zone of calendar days (default the festival's, else Asia/Shanghai)
  --presale <which>    ${PRESALE_FILTERS.join(" | ")}: pre-sales (预售) alone, or everything but them (default all;
                       the presale tonnes column shows them apart either way)
  -h, --help           show this help

Environment:
  DATABASE_URL         Postgres to read (default ${DEFAULT_DATABASE_URL})
`;

/** Parsed command line. */
export type Args = ReturnType<typeof parse>;

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      festival: { type: "string" },
      from: { type: "string" },
      to: { type: "string" },
      by: { type: "string" },
      format: { type: "string" },
      out: { type: "string" },
      tz: { type: "string" },
      presale: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
}

/** Throws a `usage` error that points at --help. */
export function usage(message: string): never {
  throw new TonnageError("usage", `${message} (see --help)`);
}

/** Parses argv with node:util, turning its errors into one-line usage errors. */
export function parseOrExplain(argv: string[]): Args {
  try {
    return parse(argv);
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    const option = /'(-[^' ]+)/.exec(text)?.[1];
    const code = (error as { code?: string }).code;
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") usage(`unknown option ${option}`);
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") usage(`option ${option} needs a value`);
    return usage(text.split(". ")[0]);
  }
}

/** Checks a flag value against the allowed ones. */
export function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], flag: string): T | undefined {
  if (value !== undefined && !allowed.includes(value as T)) usage(`${flag} must be one of ${allowed.join(", ")}, got "${value}"`);
  return value as T | undefined;
}

function day(value: string, flag: string): string {
  try {
    parseDay(value);
  } catch {
    usage(`${flag} "${value}" is not a date (YYYY-MM-DD)`);
  }
  return value;
}

/** The window of --from … --to (inclusive calendar days in --tz). */
export function dateRange(values: Args["values"]): { from: Date; to: Date; timezone: string } {
  if (values.from === undefined || values.to === undefined) usage("give --festival <handle>, or --from and --to");
  const first = day(values.from, "--from");
  const last = day(values.to, "--to");
  if (first > last) usage(`--from ${first} is after --to ${last}`);
  const timezone = values.tz ?? "Asia/Shanghai";
  return { ...dayRange(first, last, timezone), timezone };
}
