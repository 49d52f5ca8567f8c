// npm run bench: 1 M sold lines in a real Postgres; the adapter's by-day report against the plain SQL of the same
// figures (the target ratio), with a bare SUM … GROUP BY day and distinct orders alone for reference.
import { writeFile, mkdir } from "node:fs/promises";
import { cpus, totalmem, platform, arch, release } from "node:os";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type pg from "pg";
import { queryReport, readOnly, type Report, type ReportOptions } from "../src/index.js";
import { startScratchDatabase } from "../test/support/scratch-db.js";

const ROWS = 1_000_000;
const CHUNK = 100_000;
const RUNS = 5;
const WINDOW = { from: new Date("2025-01-19T16:00:00Z"), to: new Date("2025-01-29T16:00:00Z"), timezone: "Asia/Shanghai" };
const OUT = resolve(dirname(fileURLToPath(import.meta.url)), "../../../bench/results/tonnage.json");

// Three lines an order; every 20th order canceled, every 17th line partly returned, 5 % of orders in USD.
const INSERT = `
INSERT INTO tarim_sold_line
SELECT 'order_' || (i / 3),
  $3::timestamptz + ((((i / 3) * 7919) % 864000) * interval '1 second'),
  1 + (i % 5)::int,
  CASE WHEN i % 17 = 0 THEN (i % 5)::int ELSE 0 END,
  (i / 3) % 20 = 0,
  (ARRAY[500, 1000, 2500, 5000, 1234])[1 + i % 5],
  (1 + i % 5) * (1990 + (i % 7) * 1000) + i % 3,
  CASE WHEN (i / 3) % 20 = 7 THEN 'usd' ELSE 'cny' END,
  'prod_' || (i % 40),
  '骏枣 ' || (i % 40) || ' 号',
  (ARRAY['红枣', '苹果', '香梨', '核桃', '巴旦木', '葡萄干'])[1 + i % 6],
  (ARRAY['十二团合作社', '十团合作社', '托喀依乡合作社', '阿拉尔果业'])[1 + i % 4]
FROM generate_series($1::bigint, $2::bigint) AS i`;

const BARE = `
SELECT (placed_at AT TIME ZONE $3::text)::date AS day, SUM(quantity * net_weight_g) AS grams
FROM tarim_sold_line WHERE placed_at >= $1 AND placed_at < $2
GROUP BY day`;

// What no exact report can go below: distinct orders per day and nothing else (no sums, no checks).
const ORDERS_ONLY = `
SELECT (placed_at AT TIME ZONE $3::text)::date AS day, count(*) AS orders
FROM (
  SELECT order_id, min(placed_at) AS placed_at FROM tarim_sold_line
  WHERE placed_at >= $1 AND placed_at < $2 AND NOT canceled AND quantity > returned_quantity
  GROUP BY order_id
) per_order
GROUP BY day`;

// The report's by-day figures (orders, units, grams, kept amount per currency) as plain SQL, without the
// report's checks on the lines: what the report costs over a hand-written query giving the same numbers.
const SAME_FIGURES = `
SELECT (placed_at AT TIME ZONE $3::text)::date AS day, currency, count(*) AS orders,
  sum(units) AS units, sum(grams) AS grams, sum(amount) AS amount
FROM (
  SELECT order_id, min(placed_at) AS placed_at, min(currency) AS currency,
    sum(quantity - returned_quantity) AS units,
    sum((quantity - returned_quantity)::bigint * net_weight_g) AS grams,
    sum(amount * (quantity - returned_quantity) / quantity) AS amount
  FROM tarim_sold_line
  WHERE placed_at >= $1 AND placed_at < $2 AND NOT canceled AND quantity > returned_quantity
  GROUP BY order_id
) per_order
GROUP BY day, currency`;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function time(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return Math.round((performance.now() - started) * 10) / 10;
}

async function load(client: pg.Client): Promise<void> {
  await client.query(`CREATE TABLE tarim_sold_line (
    order_id text, placed_at timestamptz, quantity integer, returned_quantity integer, canceled boolean,
    net_weight_g integer, amount bigint, currency text, product_id text, product text, category text, cooperative text,
    presale boolean NOT NULL DEFAULT false)`);
  const started = performance.now();
  for (let low = 0; low < ROWS; low += CHUNK) {
    await client.query(INSERT, [low, low + CHUNK - 1, WINDOW.from]);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`inserted ${(low + CHUNK).toLocaleString("en-US")} / ${ROWS.toLocaleString("en-US")} lines (${seconds} s)`);
  }
  await client.query("VACUUM ANALYZE tarim_sold_line");
  // No gift boxes in the bench: every line is its own single part.
  await client.query(`CREATE VIEW tarim_sold_part AS
    SELECT order_id, placed_at, quantity, returned_quantity, canceled, net_weight_g, 0 AS weight_before_g,
      net_weight_g AS line_weight_g, 1 AS part_quantity, amount, currency, product_id, category, cooperative, presale
    FROM tarim_sold_line`);
}

/** The plain query must give the report's figures, or comparing their times means nothing. */
async function checkSameFigures(client: pg.Client, report: Report, params: unknown[]): Promise<void> {
  const { rows } = await readOnly(client, () => client.query(SAME_FIGURES, params));
  const orders = rows.reduce((n, row) => n + Number(row.orders), 0);
  const grams = rows.reduce((n, row) => n + Number(row.grams), 0);
  if (orders !== report.totals.orders || grams !== report.totals.grams) {
    throw new Error(`plain SQL gives ${orders} orders / ${grams} g, the report ${report.totals.orders} / ${report.totals.grams}`);
  }
}

async function main(): Promise<void> {
  console.log("starting Postgres…");
  const db = await startScratchDatabase();
  const client = await db.connect();
  try {
    console.log(`using ${db.label}`);
    await load(client);
    const options: ReportOptions = { ...WINDOW, by: "day" };
    const bareParams = [WINDOW.from, WINDOW.to, WINDOW.timezone];
    const report = await queryReport(client, options); // warm-up, and a sanity check below
    await client.query(BARE, bareParams);
    await checkSameFigures(client, report, bareParams);
    const reportRuns: number[] = [];
    const bareRuns: number[] = [];
    const ordersOnlyRuns: number[] = [];
    const sameFiguresRuns: number[] = [];
    // The plain queries run with the report's work_mem, so all of them hash orders in memory.
    const plain = (sql: string) => readOnly(client, () => client.query(sql, bareParams));
    for (let run = 0; run < RUNS; run++) {
      reportRuns.push(await time(() => queryReport(client, options)));
      bareRuns.push(await time(() => client.query(BARE, bareParams)));
      ordersOnlyRuns.push(await time(() => plain(ORDERS_ONLY)));
      sameFiguresRuns.push(await time(() => plain(SAME_FIGURES)));
      console.log(
        `run ${run + 1}/${RUNS}: report ${reportRuns[run]} ms, bare ${bareRuns[run]} ms, ` +
          `orders only ${ordersOnlyRuns[run]} ms, same figures ${sameFiguresRuns[run]} ms`,
      );
    }
    const allRuns: number[] = [];
    for (let run = 0; run < 3; run++) allRuns.push(await time(() => queryReport(client, WINDOW)));
    const reportMs = median(reportRuns);
    const bareMs = median(bareRuns);
    const ordersOnlyMs = median(ordersOnlyRuns);
    const sameFiguresMs = median(sameFiguresRuns);
    const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;
    const version = (await client.query("SHOW server_version")).rows[0].server_version as string;
    const result = {
      generated_at: new Date().toISOString(),
      rows: Number((await client.query("SELECT count(*) FROM tarim_sold_line")).rows[0].count),
      database: `${db.label}, PostgreSQL ${version}`,
      report: { by: "day", totals: report.totals, days: report.breakdowns.day?.length },
      report_median_ms: reportMs,
      // The target: the report against the plain SQL of the same figures, distinct orders included.
      ratio: ratio(reportMs, sameFiguresMs),
      report_runs_ms: reportRuns,
      bare_sum: {
        about: "a bare SUM(grams) … GROUP BY day, for reference: it counts no orders, which any exact report must",
        median_ms: bareMs,
        report_ratio: ratio(reportMs, bareMs),
        runs_ms: bareRuns,
      },
      orders_only: {
        about: "distinct orders per day and nothing else: the least any exact report must do beyond the bare sum",
        median_ms: ordersOnlyMs,
        ratio_to_bare: ratio(ordersOnlyMs, bareMs),
        runs_ms: ordersOnlyRuns,
      },
      same_figures: {
        about: "the report's by-day figures as plain SQL, without its checks on the lines",
        median_ms: sameFiguresMs,
        report_ratio: ratio(reportMs, sameFiguresMs),
        runs_ms: sameFiguresRuns,
      },
      report_all_breakdowns_median_ms: median(allRuns),
      targets: { ratio: 1.2, report_ms: 1000, about: "by-day report ≤ 1.2 × the plain SQL of the same figures, and under 1 s, on 1 M lines" },
      machine: {
        cpu: cpus()[0]?.model ?? "unknown",
        cpus: cpus().length,
        memory_gb: Math.round(totalmem() / 2 ** 30),
        os: `${platform()} ${release()} ${arch()}`,
        node: process.version,
      },
    };
    await mkdir(dirname(OUT), { recursive: true });
    await writeFile(OUT, JSON.stringify(result, null, 2) + "\n");
    console.log(`report ${reportMs} ms, same figures in plain SQL ${sameFiguresMs} ms: ratio ${result.ratio} (target ≤ 1.2, report < 1000 ms)`);
    console.log(
      `for reference: bare sum ${bareMs} ms (report ${result.bare_sum.report_ratio}×), orders per day alone ${ordersOnlyMs} ms ` +
        `(${result.orders_only.ratio_to_bare}× bare); all breakdowns ${result.report_all_breakdowns_median_ms} ms`,
    );
    console.log(`wrote ${OUT}`);
  } finally {
    await client.end();
    await db.stop();
  }
}

await main();
