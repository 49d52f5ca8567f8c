import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run } from "../src/index.js";
import { FESTIVAL, FESTIVAL_PRODUCT_IDS, line } from "./support/lines.js";
import { createViews, insertFestival, insertLines } from "./support/schema.js";
import { startScratchDatabase, type ScratchDatabase } from "./support/scratch-db.js";

let db: ScratchDatabase;
let outDir: string;

async function cli(argv: string[], env: Record<string, string | undefined> = { DATABASE_URL: db.url }) {
  let stdout = "";
  let stderr = "";
  const code = await run(argv, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    env,
    now: () => new Date("2025-01-25T03:00:00Z"),
  });
  return { code, stdout, stderr, errorLines: stderr.split("\n").filter((l) => l.startsWith("tarim-tonnage: ") && !/connecting|aggregating|done in|wrote/.test(l)) };
}

beforeAll(async () => {
  db = await startScratchDatabase();
  outDir = await mkdtemp(join(tmpdir(), "tarim-tonnage-cli-"));
  const client = await db.connect();
  await createViews(client);
  await insertLines(client, [
    line({ order_id: "o1", placed_at: "2025-01-20T15:59:59Z", quantity: 3 }),
    line({ order_id: "o2", placed_at: "2025-01-20T16:00:00Z", product: "阿克苏冰糖心苹果 10kg", category: "苹果", cooperative: "托喀依乡合作社", product_id: "prod_apple_10kg", net_weight_g: 10000, amount: 8800 }),
    line({ order_id: "o3", placed_at: "2025-01-21T02:00:00Z", canceled: true, quantity: 9 }),
    line({ order_id: "o4", placed_at: "2025-01-22T02:00:00Z", product_id: "prod_not_in_festival", net_weight_g: 300, amount: 500 }),
    // After the festival: one pre-sale and one in-stock order.
    line({ order_id: "o5", placed_at: "2025-02-05T02:00:00Z", product: "2027 新季冰糖心苹果 5kg", category: "苹果", net_weight_g: 5000, amount: 8900, presale: true }),
    line({ order_id: "o6", placed_at: "2025-02-05T03:00:00Z", net_weight_g: 2500, amount: 9900 }),
  ]);
  await insertFestival(client, {
    id: "fest_01", handle: "alar-new-year-2025", title_zh: "台阿线上年货节", title_en: "New-Year Goods Festival",
    starts_at: FESTIVAL.from, ends_at: FESTIVAL.to, timezone: "Asia/Shanghai", target_kg: 100, product_ids: FESTIVAL_PRODUCT_IDS,
  });
  await client.end();
});

afterAll(async () => {
  await db?.stop();
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

describe("argument errors: one line on stderr, exit 1, no database needed", () => {
  const offline = { DATABASE_URL: "postgres://nobody:secret@127.0.0.1:1/none" };
  it.each([
    [[], 'missing command: report (see --help)'],
    [["export"], 'unknown command "export" (see --help)'],
    [["report"], "give --festival <handle>, or --from and --to (see --help)"],
    [["report", "--from", "2025-01-20"], "give --festival <handle>, or --from and --to (see --help)"],
    [["report", "--from", "2025-01-32", "--to", "2025-02-01"], '--from "2025-01-32" is not a date (YYYY-MM-DD) (see --help)'],
    [["report", "--from", "2025-02-01", "--to", "2025-01-20"], "--from 2025-02-01 is after --to 2025-01-20 (see --help)"],
    [["report", "--festival", "x", "--from", "2025-01-20", "--to", "2025-01-21"], "use either --festival or --from/--to, not both (see --help)"],
    [["report", "--festival", "x", "--by", "province"], '--by must be one of day, category, cooperative, product, got "province" (see --help)'],
    [["report", "--festival", "x", "--format", "xlsx"], '--format must be one of table, csv, json, md, got "xlsx" (see --help)'],
    [["report", "--festival", "x", "--verbose"], "unknown option --verbose (see --help)"],
    [["report", "--festival"], "option --festival needs a value (see --help)"],
    [["report", "--festival", "x", "--tz", "Mars/Olympus"], 'unknown time zone "Mars/Olympus"'],
  ])("%j", async (argv, message) => {
    const result = await cli(argv, offline);
    expect(result).toMatchObject({ code: 1, stdout: "", stderr: `tarim-tonnage: ${message}\n` });
  });

  it("prints help with exit 0", async () => {
    const result = await cli(["--help"], offline);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: tarim-tonnage report \(--festival <handle> \| --from <YYYY-MM-DD> --to <YYYY-MM-DD>\)/);
    expect(result.stdout).toContain("DATABASE_URL");
  });
});

describe("database problems", () => {
  it("fails with one line when the database is unreachable", async () => {
    const result = await cli(["report", "--festival", "alar-new-year-2025"], { DATABASE_URL: "postgres://u:p@127.0.0.1:1/tarim" });
    expect(result.code).toBe(1);
    expect(result.errorLines).toEqual(["tarim-tonnage: cannot reach the database at 127.0.0.1:1/tarim: connect ECONNREFUSED 127.0.0.1:1"]);
    expect(result.stderr).not.toContain("u:p");
  });

  it("fails with one line for an unknown festival", async () => {
    const result = await cli(["report", "--festival", "foo"]);
    expect(result.code).toBe(1);
    expect(result.errorLines).toEqual(['tarim-tonnage: festival "foo" not found']);
    expect(result.stdout).toBe("");
  });
});

describe("reports", () => {
  it("prints a festival table, with progress lines on stderr", async () => {
    const result = await cli(["report", "--festival", "alar-new-year-2025"]);
    expect(result.code).toBe(0);
    expect(result.stdout.split("\n").slice(0, 7)).toEqual([
      "台阿线上年货节 · 2025-01-20 – 2025-01-29 (Asia/Shanghai)",
      "Sold 0.025 t · 2 orders · 4 units · CNY 217.00",
      "Target 0.100 t · 25.0% · 0.075 t left · 5 days left · needs 0.015 t/day",
      "",
      "day         tonnes  orders  units     CNY  presale tonnes",
      "----------  ------  ------  -----  ------  --------------",
      "2025-01-20   0.015       1      3  129.00           0.000",
    ]);
    expect(result.stderr).toMatch(
      /^tarim-tonnage: connecting to \S+…\ntarim-tonnage: aggregating…\ntarim-tonnage: done in \d+\.\d\d s\n$/,
    );
  });

  it("reports a date range across all products, by category, as Markdown", async () => {
    const result = await cli(["report", "--from", "2025-01-20", "--to", "2025-01-22", "--by", "category", "--format", "md"]);
    expect(result.code).toBe(0);
    expect(result.stdout.split("\n").slice(4, 9)).toEqual([
      "| category | tonnes | orders | units | CNY | presale tonnes |",
      "| :--- | ---: | ---: | ---: | ---: | ---: |",
      "| 红枣 | 0.015 | 2 | 4 | 134.00 | 0.000 |",
      "| 苹果 | 0.010 | 1 | 1 | 88.00 | 0.000 |",
      "| **total** | **0.025** | **3** | **5** | **222.00** | **0.000** |",
    ]);
  });

  it("counts 23:59:59 and 00:00:00 Beijing on different days, and on one day in UTC", async () => {
    const beijing = await cli(["report", "--from", "2025-01-20", "--to", "2025-01-21", "--format", "csv"]);
    expect(beijing.stdout).toBe("\uFEFFday,tonnes,grams,orders,units,CNY,presale tonnes\r\n2025-01-20,0.015,15000,1,3,129.00,0.000\r\n2025-01-21,0.010,10000,1,1,88.00,0.000\r\ntotal,0.025,25000,2,4,217.00,0.000\r\n");
    const utc = await cli(["report", "--from", "2025-01-20", "--to", "2025-01-20", "--tz", "UTC", "--format", "csv"]);
    expect(utc.stdout).toBe("\uFEFFday,tonnes,grams,orders,units,CNY,presale tonnes\r\n2025-01-20,0.025,25000,2,4,217.00,0.000\r\ntotal,0.025,25000,2,4,217.00,0.000\r\n");
  });

  it("shows pre-sales in their own column, alone with --presale only, left out with --presale exclude", async () => {
    const range = ["report", "--from", "2025-02-01", "--to", "2025-02-10", "--by", "category", "--format", "csv"];
    const all = await cli(range);
    expect(all.stdout.split("\r\n").filter((row) => /^(苹果|红枣|total),/.test(row))).toEqual([
      "苹果,0.005,5000,1,1,89.00,0.005",
      "红枣,0.003,2500,1,1,99.00,0.000",
      "total,0.008,7500,2,2,188.00,0.005",
    ]);
    const only = await cli([...range, "--presale", "only"]);
    expect(only.stdout.split("\r\n").at(-2)).toBe("total,0.005,5000,1,1,89.00,0.005");
    const exclude = await cli([...range, "--presale", "exclude"]);
    expect(exclude.stdout.split("\r\n").at(-2)).toBe("total,0.003,2500,1,1,99.00,0.000");
    const table = await cli(["report", "--from", "2025-02-01", "--to", "2025-02-10"]);
    expect(table.stdout.split("\n")[2]).toBe("of which pre-sale 0.005 t, in stock 0.003 t");
    const wrong = await cli([...range, "--presale", "yes"]);
    expect([wrong.code, wrong.errorLines]).toEqual([1, ['tarim-tonnage: --presale must be one of only, exclude, got "yes" (see --help)']]);
  });

  it("writes JSON with every breakdown to --out", async () => {
    const file = join(outDir, "report.json");
    const result = await cli(["report", "--festival", "alar-new-year-2025", "--format", "json", "--out", file]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain(`tarim-tonnage: wrote ${file}\n`);
    const written = JSON.parse(await readFile(file, "utf8"));
    expect(written).toMatchObject({ title: "台阿线上年货节", totals: { grams: 25000, orders: 2, amounts: { CNY: 21700 } } });
    expect(Object.keys(written.breakdowns)).toEqual(["day", "category", "cooperative", "product"]);
    expect(written.progress).toMatchObject({ days_left: 5, target_tonnes: "0.100" });
  });
});
