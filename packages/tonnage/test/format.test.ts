import { describe, expect, it } from "vitest";
import { formatCsv, formatJson, formatMarkdown, formatReport, formatTable, report } from "../src/index.js";
import { FESTIVAL, line } from "./support/lines.js";

const lines = [
  line({ order_id: "a", quantity: 250, amount: 3225000 }),
  line({ order_id: "b", placed_at: "2025-01-21T05:00:00Z", product: "巴旦木 500g", category: "坚果", cooperative: "托喀依乡合作社", net_weight_g: 500, amount: 3905, quantity: 1 }),
  line({ order_id: "c", placed_at: "2025-01-21T06:00:00Z", product: 'Korla "Royal" pear, 5kg', category: "香梨", cooperative: "阿拉尔果业", net_weight_g: 1234567, amount: 100, quantity: 1 }),
];
const sample = report(lines, {
  from: FESTIVAL.from,
  to: "2025-01-21T16:00:00Z",
  target_kg: 1000,
  now: new Date("2025-01-20T04:00:00Z"),
});

describe("formatTable", () => {
  it("aligns columns with CJK counted as two columns", () => {
    expect(formatTable(sample, { by: "product", title: "台阿线上年货节" })).toBe(
      [
        "台阿线上年货节 · 2025-01-20 – 2025-01-21 (Asia/Shanghai)",
        "Sold 2.485 t · 3 orders · 252 units · CNY 32,290.05",
        "Target 1.000 t · 248.5% · reached",
        "",
        'product                  tonnes  orders  units        CNY  presale tonnes',
        "-----------------------  ------  ------  -----  ---------  --------------",
        "骏枣 5kg                  1.250       1    250  32,250.00           0.000",
        'Korla "Royal" pear, 5kg   1.235       1      1       1.00           0.000',
        "巴旦木 500g               0.001       1      1      39.05           0.000",
        "-----------------------  ------  ------  -----  ---------  --------------",
        "total                     2.485       3    252  32,290.05           0.000",
        "",
      ].join("\n"),
    );
  });

  it("shows what is left and the pace needed when the target is not reached", () => {
    const behind = report(lines, { ...FESTIVAL, target_kg: 100_000, now: new Date("2025-01-21T04:00:00Z") });
    expect(formatTable(behind).split("\n").slice(1, 3)).toEqual([
      "Sold 2.485 t · 3 orders · 252 units · CNY 32,290.05",
      "Target 100.000 t · 2.5% · 97.515 t left · 9 days left · needs 10.835 t/day",
    ]);
  });
});

describe("formatCsv", () => {
  it("starts with a BOM, quotes per RFC 4180 and ends lines with CRLF", () => {
    expect(formatCsv(sample, { by: "product" })).toBe(
      "\uFEFFproduct,tonnes,grams,orders,units,CNY,presale tonnes\r\n" +
        "骏枣 5kg,1.250,1250000,1,250,32250.00,0.000\r\n" +
        '"Korla ""Royal"" pear, 5kg",1.235,1234567,1,1,1.00,0.000\r\n' +
        "巴旦木 500g,0.001,500,1,1,39.05,0.000\r\n" +
        "total,2.485,2485067,3,252,32290.05,0.000\r\n",
    );
  });

  it("lists days by default", () => {
    expect(formatCsv(sample).split("\r\n").slice(0, 3)).toEqual([
      "\uFEFFday,tonnes,grams,orders,units,CNY,presale tonnes",
      "2025-01-20,1.250,1250000,1,250,32250.00,0.000",
      "2025-01-21,1.235,1235067,2,2,40.05,0.000",
    ]);
  });
});

describe("formatMarkdown", () => {
  it("writes a heading, the summary and a right-aligned table", () => {
    expect(formatMarkdown(sample, { by: "category" })).toBe(
      [
        "## 2025-01-20 – 2025-01-21 (Asia/Shanghai)",
        "",
        "- Sold 2.485 t · 3 orders · 252 units · CNY 32,290.05",
        "- Target 1.000 t · 248.5% · reached",
        "",
        "| category | tonnes | orders | units | CNY | presale tonnes |",
        "| :--- | ---: | ---: | ---: | ---: | ---: |",
        "| 红枣 | 1.250 | 1 | 250 | 32,250.00 | 0.000 |",
        "| 香梨 | 1.235 | 1 | 1 | 1.00 | 0.000 |",
        "| 坚果 | 0.001 | 1 | 1 | 39.05 | 0.000 |",
        "| **total** | **2.485** | **3** | **252** | **32,290.05** | **0.000** |",
        "",
      ].join("\n"),
    );
  });

  it("escapes pipes in cells", () => {
    const piped = report([line({ category: "红枣|礼盒" })], { ...FESTIVAL, by: "category" });
    expect(formatMarkdown(piped)).toContain("| 红枣\\|礼盒 | 0.005 | 1 | 1 | 129.00 | 0.000 |");
  });
});

describe("formatJson", () => {
  it("is the report object, with the title first", () => {
    const text = formatJson(sample, { title: "年货节" });
    expect(Object.keys(JSON.parse(text))[0]).toBe("title");
    expect(JSON.parse(text)).toEqual({ title: "年货节", ...sample });
    expect(JSON.parse(formatReport(sample, "json")).totals).toEqual({
      grams: 2485067, tonnes: "2.485", units: 252, orders: 3, amounts: { CNY: 3229005 }, presale_grams: 0, presale_tonnes: "0.000",
    });
  });
});

describe("formatReport", () => {
  it("refuses a breakdown the report does not have", () => {
    const dayOnly = report(lines, { ...FESTIVAL, by: "day" });
    expect(() => formatReport(dayOnly, "table", { by: "product" })).toThrow("the report has no breakdown by product");
  });
});
