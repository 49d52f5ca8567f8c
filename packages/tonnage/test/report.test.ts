import { describe, expect, it } from "vitest";
import { report, type Report, type SoldLine } from "../src/index.js";
import { FESTIVAL, line } from "./support/lines.js";

const totals = (lines: SoldLine[], options: Partial<Parameters<typeof report>[1]> = {}) =>
  report(lines, { ...FESTIVAL, ...options }).totals;

describe("report totals", () => {
  it.each<[string, SoldLine[], { grams: number; units: number; orders: number; amounts: Record<string, number> }]>([
    ["one 5 kg box", [line()], { grams: 5000, units: 1, orders: 1, amounts: { CNY: 12900 } }],
    ["a canceled order counts zero", [line({ canceled: true, quantity: 4 })], { grams: 0, units: 0, orders: 0, amounts: {} }],
    [
      "a partial return takes off grams exactly and the amount pro rata, rounded down",
      [line({ quantity: 3, returned_quantity: 1, net_weight_g: 2500, amount: 1000 })],
      { grams: 5000, units: 2, orders: 1, amounts: { CNY: 666 } },
    ],
    [
      "a fully returned line leaves no order behind",
      [line({ quantity: 2, returned_quantity: 2 })],
      { grams: 0, units: 0, orders: 0, amounts: {} },
    ],
    [
      "mixed weights add up in integer grams",
      [
        line({ order_id: "a", quantity: 2, net_weight_g: 500, amount: 3000 }),
        line({ order_id: "b", quantity: 1, net_weight_g: 12345, amount: 9999 }),
        line({ order_id: "c", quantity: 3, net_weight_g: 2500, amount: 4501, returned_quantity: 1 }),
      ],
      { grams: 1000 + 12345 + 5000, units: 5, orders: 3, amounts: { CNY: 3000 + 9999 + 3000 } },
    ],
    [
      "two lines of one order are one order",
      [line(), line({ product: "灰枣 2.5kg", net_weight_g: 2500, amount: 5900 })],
      { grams: 7500, units: 2, orders: 1, amounts: { CNY: 18800 } },
    ],
    [
      "a line at `from` counts, a line at `to` does not",
      [line({ order_id: "a", placed_at: FESTIVAL.from }), line({ order_id: "b", placed_at: FESTIVAL.to })],
      { grams: 5000, units: 1, orders: 1, amounts: { CNY: 12900 } },
    ],
    [
      "currencies are kept apart, upper-cased",
      [line({ order_id: "a" }), line({ order_id: "b", currency: "USD", amount: 1999 })],
      { grams: 10000, units: 2, orders: 2, amounts: { CNY: 12900, USD: 1999 } },
    ],
    [
      "a quantity of zero counts nothing",
      [line({ quantity: 0, amount: 0 })],
      { grams: 0, units: 0, orders: 0, amounts: {} },
    ],
  ])("%s", (_name, lines, expected) => {
    expect(totals(lines)).toEqual({ ...expected, tonnes: expect.any(String), presale_grams: 0, presale_tonnes: "0.000" });
  });

  it("keeps only the festival's products when product_ids is given", () => {
    const lines = [line({ order_id: "a" }), line({ order_id: "b", product_id: "prod_other" }), line({ order_id: "c", product_id: undefined })];
    expect(totals(lines, { product_ids: ["prod_junzao_5kg"] })).toMatchObject({ grams: 5000, orders: 1 });
    expect(totals(lines)).toMatchObject({ grams: 15000, orders: 3 });
  });

  it("shows 1 234 567 g as 1.235 t", () => {
    expect(totals([line({ quantity: 1, net_weight_g: 1234567 })]).tonnes).toBe("1.235");
  });
});

function dayRows(result: Report) {
  return Object.fromEntries((result.breakdowns.day ?? []).filter((row) => row.grams > 0).map((row) => [row.key, row.grams]));
}

describe("calendar days", () => {
  it.each([
    ["23:59:59 Beijing stays on the 20th", "2025-01-20T15:59:59Z", "2025-01-20"],
    ["00:00:00 Beijing is the 21st", "2025-01-20T16:00:00Z", "2025-01-21"],
    ["07:59:59 Beijing, still the 19th in UTC", "2025-01-19T23:59:59Z", "2025-01-20"],
    ["UTC midnight is 08:00 Beijing", "2025-01-21T00:00:00Z", "2025-01-21"],
    ["one millisecond before the window ends", "2025-01-29T15:59:59.999Z", "2025-01-29"],
  ])("%s", (_name, placedAt, day) => {
    expect(dayRows(report([line({ placed_at: placedAt })], FESTIVAL))).toEqual({ [day]: 5000 });
  });

  it("splits 23:59:59 and 00:00:00 Beijing — one second apart — into two days", () => {
    const lines = [
      line({ order_id: "late", placed_at: "2025-01-22T15:59:59Z", net_weight_g: 1000 }),
      line({ order_id: "early", placed_at: "2025-01-22T16:00:00Z", net_weight_g: 2500 }),
    ];
    expect(dayRows(report(lines, FESTIVAL))).toEqual({ "2025-01-22": 1000, "2025-01-23": 2500 });
  });

  it("keeps a window crossing UTC midnight on one Beijing day, and on two UTC days", () => {
    const window = { from: "2025-01-20T20:00:00Z", to: "2025-01-21T04:00:00Z" };
    const lines = [
      line({ order_id: "before", placed_at: "2025-01-20T23:59:59Z", net_weight_g: 1000 }),
      line({ order_id: "after", placed_at: "2025-01-21T00:00:00Z", net_weight_g: 2500 }),
      line({ order_id: "outside", placed_at: "2025-01-21T04:00:00Z", net_weight_g: 7000 }),
    ];
    const beijing = report(lines, window);
    expect(beijing.breakdowns.day?.map((row) => [row.key, row.grams])).toEqual([["2025-01-21", 3500]]);
    const utc = report(lines, { ...window, timezone: "UTC" });
    expect(utc.breakdowns.day?.map((row) => [row.key, row.grams])).toEqual([["2025-01-20", 1000], ["2025-01-21", 2500]]);
  });

  it("lists every festival day, sold or not", () => {
    const result = report([line()], FESTIVAL);
    expect(result.breakdowns.day?.map((row) => row.key)).toEqual([
      "2025-01-20", "2025-01-21", "2025-01-22", "2025-01-23", "2025-01-24",
      "2025-01-25", "2025-01-26", "2025-01-27", "2025-01-28", "2025-01-29",
    ]);
    expect(result.breakdowns.day?.[1]).toEqual({ key: "2025-01-21", grams: 0, tonnes: "0.000", units: 0, orders: 0, amounts: {}, presale_grams: 0, presale_tonnes: "0.000" });
  });
});

describe("breakdowns", () => {
  const lines = [
    line({ order_id: "a", quantity: 2 }),
    line({ order_id: "a", product: "巴旦木 500g", category: "坚果", cooperative: "托喀依乡合作社", net_weight_g: 500, amount: 3900 }),
    line({ order_id: "b", product: "巴旦木 500g", category: "坚果", cooperative: "托喀依乡合作社", net_weight_g: 500, amount: 3900, quantity: 30 }),
  ];

  it("sorts categories by grams, heaviest first, and counts an order in each category it touched", () => {
    const rows = report(lines, { ...FESTIVAL, by: "category" }).breakdowns.category;
    expect(rows?.map((row) => [row.key, row.grams, row.orders])).toEqual([["坚果", 15500, 2], ["红枣", 10000, 1]]);
  });

  it("computes only the breakdowns asked for", () => {
    expect(Object.keys(report(lines, { ...FESTIVAL, by: ["cooperative", "day"] }).breakdowns)).toEqual(["day", "cooperative"]);
  });

  it("keeps the total orders distinct across breakdown rows", () => {
    const result = report(lines, FESTIVAL);
    expect(result.totals.orders).toBe(2);
    expect(result.breakdowns.product?.reduce((sum, row) => sum + row.orders, 0)).toBe(3);
  });
});

describe("gift boxes", () => {
  // 台阿年货礼盒 2.5 kg: 1 kg 骏枣 (十二团), 1 kg 核桃 (托喀依乡), 2 × 250 g 葡萄干 (十四团); 2 boxes, 1 returned.
  const box = line({
    order_id: "box",
    product: "台阿年货礼盒 2.5 kg",
    category: "礼盒",
    cooperative: "十二团合作社",
    net_weight_g: 2500,
    quantity: 3,
    returned_quantity: 1,
    amount: 3 * 16801,
    parts: [
      { net_weight_g: 1000, quantity: 1, category: "红枣", cooperative: "十二团合作社" },
      { net_weight_g: 1000, quantity: 1, category: "坚果", cooperative: "托喀依乡合作社" },
      { net_weight_g: 500, quantity: 2, category: "干果", cooperative: "十四团合作社" },
    ],
  });
  const walnuts = line({ order_id: "box", product: "核桃 1 kg", category: "坚果", cooperative: "托喀依乡合作社", net_weight_g: 1000, amount: 4500 });
  const result = report([box, walnuts], FESTIVAL);
  const rows = (dimension: "category" | "cooperative" | "product") =>
    Object.fromEntries((result.breakdowns[dimension] ?? []).map((row) => [row.key, [row.grams, row.units, row.amounts.CNY]]));

  it("counts whole in the totals and by product", () => {
    // Kept: floor(50403 × 2 ÷ 3) = 33602 fen for 2 boxes.
    expect(result.totals).toMatchObject({ grams: 5000 + 1000, units: 3, orders: 1, amounts: { CNY: 33602 + 4500 } });
    expect(rows("product")).toEqual({ "台阿年货礼盒 2.5 kg": [5000, 2, 33602], "核桃 1 kg": [1000, 1, 4500] });
  });

  it("counts part by part by category and cooperative, the money shared by weight to the fen", () => {
    // Shares of 33602 over 0–1000–2000–2500 g of 2500: 13440, 13441, 6721.
    expect(rows("category")).toEqual({ 红枣: [2000, 2, 13440], 坚果: [2000 + 1000, 2 + 1, 13441 + 4500], 干果: [1000, 4, 6721] });
    expect(rows("cooperative")).toEqual({ 十二团合作社: [2000, 2, 13440], 托喀依乡合作社: [3000, 3, 17941], 十四团合作社: [1000, 4, 6721] });
    for (const dimension of ["category", "cooperative"] as const) {
      const breakdown = result.breakdowns[dimension] ?? [];
      expect(breakdown.reduce((sum, row) => sum + row.grams, 0)).toBe(result.totals.grams);
      expect(breakdown.reduce((sum, row) => sum + row.amounts.CNY, 0)).toBe(result.totals.amounts.CNY);
    }
  });
});

describe("pre-sales", () => {
  // 2 × 5 kg of next season's apples sold ahead, 1 returned; 1 × 5 kg of jujubes in stock; a canceled pre-sale.
  const lines = [
    line({ order_id: "a", product: "2027 新季冰糖心苹果", category: "苹果", quantity: 2, returned_quantity: 1, amount: 17800, presale: true }),
    line({ order_id: "a" }),
    line({ order_id: "b", product: "2027 新季冰糖心苹果", category: "苹果", presale: true, canceled: true }),
  ];

  it("count when the order is placed, and show apart in every row", () => {
    const result = report(lines, FESTIVAL);
    expect(result.presale).toBeNull();
    expect(result.totals).toMatchObject({ grams: 10000, presale_grams: 5000, presale_tonnes: "0.005", units: 2, orders: 1 });
    const rows = Object.fromEntries((result.breakdowns.category ?? []).map((row) => [row.key, [row.grams, row.presale_grams]]));
    expect(rows).toEqual({ 苹果: [5000, 5000], 红枣: [5000, 0] });
  });

  it("can be reported alone or left out, the two adding up to all lines", () => {
    const only = report(lines, { ...FESTIVAL, presale: "only" });
    const exclude = report(lines, { ...FESTIVAL, presale: "exclude" });
    expect(only.presale).toBe("only");
    expect(only.totals).toMatchObject({ grams: 5000, presale_grams: 5000, units: 1, orders: 1, amounts: { CNY: 8900 } });
    expect(exclude.totals).toMatchObject({ grams: 5000, presale_grams: 0, units: 1, orders: 1, amounts: { CNY: 12900 } });
    expect(only.totals.grams + exclude.totals.grams).toBe(report(lines, FESTIVAL).totals.grams);
  });

  it("refuses another filter", () => {
    expect(() => report(lines, { ...FESTIVAL, presale: "maybe" as never })).toThrow('presale must be one of only, exclude, got "maybe"');
  });
});
