import type pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  dayRange,
  keptAmount,
  queryFestivalReport,
  queryReport,
  readOnly,
  report,
  TonnageError,
  type ReportOptions,
  type SoldLine,
} from "../src/index.js";
import { FESTIVAL, FESTIVAL_PRODUCT_IDS, generateLines, line } from "./support/lines.js";
import { createViews, insertFestival, insertLines } from "./support/schema.js";
import { startScratchDatabase, type ScratchDatabase } from "./support/scratch-db.js";

const lines = generateLines(1600);
const NOW = new Date("2025-01-25T03:00:00Z");
let db: ScratchDatabase;
let client: pg.Client;

beforeAll(async () => {
  db = await startScratchDatabase();
  client = await db.connect();
  await createViews(client);
  await insertLines(client, lines);
  await insertFestival(client, {
    id: "fest_01", handle: "alar-new-year-2025", title_zh: "台阿线上年货节", title_en: "Taizhou–Alar New-Year Goods Festival",
    starts_at: FESTIVAL.from, ends_at: FESTIVAL.to, timezone: "Asia/Shanghai", target_kg: 40, product_ids: FESTIVAL_PRODUCT_IDS,
  });
});

afterAll(async () => {
  await client?.end();
  await db?.stop();
});

describe("generated data", () => {
  it("has what the comparison needs: thousands of lines, cancels, returns, orders at Beijing midnight", () => {
    expect(lines.length).toBeGreaterThan(3000);
    expect(lines.filter((l) => l.canceled).length).toBeGreaterThan(100);
    expect(lines.filter((l) => l.returned_quantity > 0 && l.returned_quantity < l.quantity).length).toBeGreaterThan(100);
    const nearMidnight = lines.filter((l) => Math.abs(((Date.parse(l.placed_at as string) + 8 * 3600_000 + 43_200_000) % 86_400_000) - 43_200_000) <= 3000);
    expect(nearMidnight.length).toBeGreaterThan(500);
    expect(lines.filter((l) => l.parts && l.returned_quantity > 0 && !l.canceled).length).toBeGreaterThan(50);
    expect(lines.filter((l) => l.presale && !l.canceled).length).toBeGreaterThan(100);
  });
});

describe("queryReport equals the core on the same lines", () => {
  const cases: [string, ReportOptions][] = [
    ["the festival: its window, products and target", { ...FESTIVAL, product_ids: FESTIVAL_PRODUCT_IDS, target_kg: 40, now: NOW }],
    ["a date range with every product", { ...dayRange("2025-01-18", "2025-02-01", "Asia/Shanghai"), now: NOW }],
    ["UTC calendar days", { ...FESTIVAL, timezone: "UTC" }],
    ["New York calendar days", { ...FESTIVAL, timezone: "America/New_York" }],
    ["a window crossing UTC midnight", { from: "2025-01-22T20:00:00Z", to: "2025-01-23T04:00:00Z", by: ["day", "product"] }],
    ["one breakdown only", { ...FESTIVAL, by: "cooperative" }],
    ["no breakdown", { ...FESTIVAL, by: [] }],
    ["pre-sales only", { ...FESTIVAL, product_ids: FESTIVAL_PRODUCT_IDS, presale: "only" }],
    ["pre-sales left out", { ...FESTIVAL, presale: "exclude" }],
    ["an empty window", { from: "2024-06-01T00:00:00Z", to: "2024-06-03T00:00:00Z", target_kg: 1, now: NOW }],
  ];

  it.each(cases)("%s", async (_name, options) => {
    const expected = report(lines, options);
    expect(await queryReport(client, options)).toEqual(expected);
  });

  it("matches an independent sum of the festival lines", async () => {
    const from = Date.parse(FESTIVAL.from);
    const to = Date.parse(FESTIVAL.to);
    const counted = lines.filter((l) => {
      const at = Date.parse(l.placed_at as string);
      return at >= from && at < to && !l.canceled && FESTIVAL_PRODUCT_IDS.includes(l.product_id as string);
    });
    const grams = counted.reduce((sum, l) => sum + (l.quantity - l.returned_quantity) * l.net_weight_g, 0);
    const cny = counted
      .filter((l) => l.currency === "cny")
      .reduce((sum, l) => sum + keptAmount(l.amount, l.quantity, l.quantity - l.returned_quantity), 0);
    const orders = new Set(counted.filter((l) => l.quantity > l.returned_quantity).map((l) => l.order_id)).size;
    const result = await queryReport(client, { ...FESTIVAL, product_ids: FESTIVAL_PRODUCT_IDS });
    expect(result.totals).toMatchObject({ grams, orders, amounts: { CNY: cny, USD: expect.any(Number) } });
    expect(result.breakdowns.day?.reduce((sum, row) => sum + row.grams, 0)).toBe(grams);
  });

  it("does not depend on the session time zone", async () => {
    await client.query("SET TIME ZONE 'Pacific/Kiritimati'");
    try {
      expect(await queryReport(client, FESTIVAL)).toEqual(report(lines, FESTIVAL));
    } finally {
      await client.query("RESET TIME ZONE");
    }
  });
});

describe("festivals", () => {
  it("reports on a festival by handle, as the core does with its options", async () => {
    const { festival, report: result } = await queryFestivalReport(client, "alar-new-year-2025", { now: NOW });
    expect(festival).toMatchObject({ id: "fest_01", title_zh: "台阿线上年货节", target_kg: 40, timezone: "Asia/Shanghai" });
    expect(festival.starts_at.toISOString()).toBe(FESTIVAL.from);
    expect(result).toEqual(report(lines, { ...FESTIVAL, product_ids: FESTIVAL_PRODUCT_IDS, target_kg: 40, now: NOW }));
    expect(result.progress?.days_left).toBe(5);
  });

  it("throws not_found for an unknown handle", async () => {
    await expect(queryFestivalReport(client, "no-such-festival")).rejects.toMatchObject({
      code: "not_found",
      message: 'festival "no-such-festival" not found',
    });
  });
});

/** Runs `work` with `extra` lines (all placed on `day`, after the generated data) in the table, then removes them. */
async function withExtraLines(extra: SoldLine[], day: string, work: (window: ReportOptions) => Promise<void>): Promise<void> {
  await insertLines(client, extra);
  const from = `${day}T00:00:00Z`;
  try {
    await work({ from, to: new Date(Date.parse(from) + 86_400_000).toISOString() });
  } finally {
    await client.query("DELETE FROM fixture_line WHERE placed_at >= $1", [from]);
  }
}

describe("safety", () => {
  it("reads in a read-only transaction", async () => {
    const write = readOnly(client, () => client.query("DELETE FROM fixture_line"));
    await expect(write).rejects.toThrow(/read-only transaction/);
    const { rows } = await client.query("SELECT count(*)::int AS n FROM fixture_line");
    expect(rows[0].n).toBe(lines.length);
  });

  it.each([
    ["returned more than sold", [line({ order_id: "bad_1", placed_at: "2030-01-01T01:00:00Z", quantity: 1, returned_quantity: 2 })], /order "bad_1" has an invalid line/],
    ["a null weight", [line({ order_id: "bad_2", placed_at: "2030-01-01T02:00:00Z", net_weight_g: null as never })], /order "bad_2" has an invalid line/],
    ["a canceled line with a negative quantity", [line({ order_id: "bad_4", placed_at: "2030-01-01T04:00:00Z", canceled: true, quantity: -2 })], /order "bad_4" has an invalid line/],
    ["a line without an order id", [line({ order_id: null as never, placed_at: "2030-01-01T05:00:00Z" })], /order null has an invalid line/],
    ["a currency that is not a code", [line({ order_id: "bad_6", placed_at: "2030-01-01T06:00:00Z", currency: "元" })], /currency must be a 3-letter code, got "元"/],
    ["an order in two currencies", [
      line({ order_id: "bad_3", placed_at: "2030-01-01T03:00:00Z" }),
      line({ order_id: "bad_3", placed_at: "2030-01-01T03:00:00Z", currency: "usd" }),
    ], /order "bad_3": lines differ in placed_at or currency/],
  ])("rejects %s with invalid_line, as the core does", (_name, bad, message) =>
    withExtraLines(bad, "2030-01-01", async (window) => {
      expect(() => report(bad, window)).toThrow(TonnageError);
      await expect(queryReport(client, window)).rejects.toMatchObject({ code: "invalid_line", message: expect.stringMatching(message) });
    }));

  // Grams are summed as float8 in SQL: exact to the gram up to 2^53 - 1, refused from 2^53 up, never rounded.
  it("sums a total of 2^53 - 1 g exactly, as the core does", async () => {
    const edge = [
      line({ order_id: "edge_1", placed_at: "2030-02-01T01:00:00Z", quantity: 2 ** 31 - 1, net_weight_g: 2 ** 22, amount: 100 }),
      line({ order_id: "edge_2", placed_at: "2030-02-01T02:00:00Z", quantity: 1, net_weight_g: 2 ** 22 - 1, amount: 100 }),
    ];
    await withExtraLines(edge, "2030-02-01", async (window) => {
      expect(report(edge, window).totals.grams).toBe(Number.MAX_SAFE_INTEGER);
      expect((await queryReport(client, window)).totals.grams).toBe(Number.MAX_SAFE_INTEGER);
    });
  });

  it.each([
    ["lines of 2^52 g each, adding up past 2^53", [1, 2, 3].map((n) => ({ quantity: 2 ** 30, net_weight_g: 2 ** 22, n }))],
    ["one line of 4·10^18 g", [{ quantity: 2_000_000_000, net_weight_g: 2_000_000_000, n: 1 }]],
  ])("refuses %s with overflow, as the core does", async (_name, specs) => {
    const huge = specs.map(({ quantity, net_weight_g, n }) =>
      line({ order_id: `huge_${n}`, placed_at: "2030-02-01T01:00:00Z", quantity, net_weight_g, amount: 100 }),
    );
    await withExtraLines(huge, "2030-02-01", async (window) => {
      expect(() => report(huge, window)).toThrow(expect.objectContaining({ code: "overflow" }));
      await expect(queryReport(client, window)).rejects.toMatchObject({ code: "overflow" });
    });
  });
});
