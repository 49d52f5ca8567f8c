import { writeFile } from "node:fs/promises";
import pg from "pg";
import { queryFestivalReport, queryReport } from "./adapters/postgres.js";
import { TonnageError } from "./core/error.js";
import { formatReport } from "./core/format-text.js";
import { DIMENSIONS, PRESALE_FILTERS, type Dimension, type Report } from "./core/types.js";
import { assertTimezone } from "./core/zone.js";
import { dateRange, DEFAULT_DATABASE_URL, FORMATS, HELP, NAME, oneOf, parseOrExplain, usage } from "./cli-args.js";

const CONNECT_TIMEOUT_MS = 5000;

/** Where the CLI reads and writes; tests pass their own. */
export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  env: Record<string, string | undefined>;
  /** The clock that decides the days left; default the system clock. */
  now: () => Date;
}

function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`;
  } catch {
    throw new TonnageError("usage", "DATABASE_URL is not a valid URL");
  }
}

function reason(error: unknown): string {
  const inner = error instanceof AggregateError && error.errors.length > 0 ? error.errors[0] : error;
  if (inner instanceof Error) return inner.message || (inner as { code?: string }).code || inner.name;
  return String(inner);
}

function message(error: unknown): string {
  if (error instanceof TonnageError) return error.message;
  if (error instanceof Error && "severity" in error) return `database error: ${error.message}`;
  return reason(error);
}

/**
 * Runs `tarim-tonnage` with the arguments after the program name and returns the exit code.
 * Errors become one line on stderr and exit code 1; progress goes to stderr, the report to stdout or --out.
 */
export async function run(argv: string[], io: Partial<CliIo> = {}): Promise<number> {
  const { stdout = process.stdout, stderr = process.stderr, env = process.env, now = () => new Date() } = io;
  const started = performance.now();
  let client: pg.Client | undefined;
  try {
    const { values, positionals } = parseOrExplain(argv);
    if (values.help) {
      stdout.write(HELP);
      return 0;
    }
    if (positionals[0] !== "report" || positionals.length > 1) {
      usage(positionals.length === 0 ? "missing command: report" : `unknown command "${positionals.join(" ")}"`);
    }
    const by = oneOf(values.by, DIMENSIONS, "--by");
    const format = oneOf(values.format, FORMATS, "--format") ?? "table";
    const presale = oneOf(values.presale, PRESALE_FILTERS, "--presale");
    const dimensions: Dimension[] = by ? [by] : format === "json" ? [...DIMENSIONS] : ["day"];
    if (values.tz !== undefined) assertTimezone(values.tz);
    const range = values.festival === undefined ? dateRange(values) : undefined;
    if (values.festival !== undefined && (values.from !== undefined || values.to !== undefined)) {
      usage("use either --festival or --from/--to, not both");
    }
    const url = env.DATABASE_URL || DEFAULT_DATABASE_URL;
    stderr.write(`${NAME}: connecting to ${describeUrl(url)}…\n`);
    client = new pg.Client({ connectionString: url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
    client.on("error", () => undefined);
    await client.connect().catch((error: unknown) => {
      throw new TonnageError("database", `cannot reach the database at ${describeUrl(url)}: ${reason(error)}`);
    });
    stderr.write(`${NAME}: aggregating…\n`);
    let report: Report;
    let title: string | undefined;
    if (range) {
      report = await queryReport(client, { ...range, by: dimensions, now: now(), presale });
    } else {
      const extra = { by: dimensions, now: now(), timezone: values.tz, presale };
      const result = await queryFestivalReport(client, values.festival as string, extra);
      title = result.festival.title_zh || result.festival.title_en || result.festival.handle;
      report = result.report;
    }
    const text = formatReport(report, format, { by: dimensions.length === 1 ? dimensions[0] : undefined, title });
    if (values.out) {
      await writeFile(values.out, text, "utf8");
      stderr.write(`${NAME}: wrote ${values.out}\n`);
    } else {
      stdout.write(text);
    }
    stderr.write(`${NAME}: done in ${((performance.now() - started) / 1000).toFixed(2)} s\n`);
    return 0;
  } catch (error) {
    stderr.write(`${NAME}: ${message(error)}\n`);
    return 1;
  } finally {
    await client?.end().catch(() => undefined);
  }
}
