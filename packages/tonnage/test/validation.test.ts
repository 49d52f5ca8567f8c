import { describe, expect, it } from "vitest";
import { report, TonnageError, type ReportOptions, type SoldLine } from "../src/index.js";
import { FESTIVAL, line } from "./support/lines.js";

function failure(run: () => unknown): { code: string; message: string } {
  try {
    run();
  } catch (error) {
    if (error instanceof TonnageError) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error("expected a TonnageError");
}

const part = (grams: number) => ({ net_weight_g: grams, quantity: 1, category: "红枣", cooperative: "十二团合作社" });

describe("invalid lines", () => {
  it.each<[string, Partial<SoldLine>, RegExp]>([
    ["negative quantity", { quantity: -1 }, /quantity must be a non-negative integer, got -1/],
    ["fractional quantity", { quantity: 1.5 }, /quantity must be a non-negative integer, got 1.5/],
    ["negative returned quantity", { returned_quantity: -1 }, /returned_quantity must be a non-negative integer/],
    ["more returned than sold", { quantity: 2, returned_quantity: 3 }, /returned_quantity 3 exceeds quantity 2/],
    ["non-integer grams", { net_weight_g: 2.5 }, /net_weight_g must be non-negative integer grams, got 2.5/],
    ["missing grams", { net_weight_g: undefined }, /net_weight_g must be non-negative integer grams, got undefined/],
    ["fractional amount", { amount: 12.9 }, /amount must be non-negative integer minor units, got 12.9/],
    ["negative amount", { amount: -100 }, /amount must be non-negative integer minor units/],
    ["bad placed_at", { placed_at: "yesterday" }, /placed_at is not a valid date: yesterday/],
    ["empty order id", { order_id: "" }, /order_id must be a non-empty string/],
    ["currency that is not a code", { currency: "元" }, /currency must be a 3-letter code, got "元"/],
    ["canceled that is not a boolean", { canceled: "no" as unknown as boolean }, /canceled must be a boolean/],
    ["gift box without parts", { parts: [] }, /parts must be a non-empty array/],
    ["parts that do not add up", { parts: [part(3000), part(1000)] }, /parts weigh 4000 g, the line 5000 g per unit/],
    ["a part of no grams", { parts: [part(0), part(5000)] }, /part 0: net_weight_g must be positive integer grams/],
    ["a part held zero times", { parts: [{ ...part(5000), quantity: 0 }] }, /part 0: quantity must be a positive integer/],
  ])("%s → invalid_line", (_name, changes, message) => {
    const result = failure(() => report([line(), line({ order_id: "bad", ...changes })], FESTIVAL));
    expect(result.code).toBe("invalid_line");
    expect(result.message).toMatch(message);
    expect(result.message).toMatch(/^line 1 \(order "(bad)?"\): /);
  });

  it("validates lines outside the window too", () => {
    expect(failure(() => report([line({ quantity: -1, placed_at: "2020-01-01T00:00:00Z" })], FESTIVAL)).code).toBe("invalid_line");
  });

  it.each<[string, Partial<SoldLine>]>([
    ["placed_at", { placed_at: "2025-01-20T02:00:01Z" }],
    ["currency", { currency: "usd" }],
  ])("rejects an order whose lines differ in %s", (_field, changes) => {
    const result = failure(() => report([line(), line(changes)], FESTIVAL));
    expect(result).toEqual({ code: "invalid_line", message: 'order "order_1": lines differ in placed_at or currency' });
  });
});

describe("invalid options", () => {
  it.each<[string, Partial<ReportOptions>, RegExp]>([
    ["from after to", { from: FESTIVAL.to, to: FESTIVAL.from }, /is not before to/],
    ["from equal to to", { to: FESTIVAL.from }, /is not before to/],
    ["unparsable from", { from: "soon" }, /from is not a valid date: soon/],
    ["unknown time zone", { timezone: "Asia/Alar" }, /unknown time zone "Asia\/Alar"/],
    ["zero target", { target_kg: 0 }, /target_kg must be a positive number, got 0/],
    ["unknown breakdown", { by: "province" as never }, /unknown breakdown "province"/],
  ])("%s → invalid_option", (_name, changes, message) => {
    const result = failure(() => report([line()], { ...FESTIVAL, ...changes }));
    expect(result.code).toBe("invalid_option");
    expect(result.message).toMatch(message);
  });
});
