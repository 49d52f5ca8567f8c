import { describe, expect, it } from "vitest";
import { report } from "../src/index.js";
import { FESTIVAL, line } from "./support/lines.js";

// 20 boxes of 5 kg = 100 kg sold against targets below.
const sold = [line({ quantity: 20 })];

describe("progress against the target", () => {
  it.each([
    ["before the festival: all ten days left", 400, "2025-01-10T00:00:00Z", { days_left: 10, left_grams: 300000, pace_grams_per_day: 30000, percent: 25 }],
    ["mid-festival, 11:00 Beijing on the 25th: 25th–29th left", 400, "2025-01-25T03:00:00Z", { days_left: 5, left_grams: 300000, pace_grams_per_day: 60000 }],
    ["23:59:59 Beijing on the last day: one day left", 400, "2025-01-29T15:59:59Z", { days_left: 1, pace_grams_per_day: 300000 }],
    ["00:00 Beijing after the last day: none left, no pace", 400, "2025-01-29T16:00:00Z", { days_left: 0, pace_grams_per_day: null, pace_tonnes_per_day: null, reached: false }],
    ["pace is rounded up to the gram", 100.007, "2025-01-27T00:00:00Z", { days_left: 3, left_grams: 7, pace_grams_per_day: 3, percent: 100 }],
    ["target reached exactly", 100, "2025-01-25T03:00:00Z", { reached: true, percent: 100, left_grams: 0, left_tonnes: "0.000", pace_grams_per_day: 0 }],
    ["target passed", 80, "2025-01-25T03:00:00Z", { reached: true, percent: 125, left_grams: 0, pace_tonnes_per_day: "0.000" }],
    ["a third of the target shows one decimal", 300, "2025-01-25T03:00:00Z", { percent: 33.3, target_tonnes: "0.300", left_tonnes: "0.200" }],
  ])("%s", (_name, targetKg, now, expected) => {
    const { progress } = report(sold, { ...FESTIVAL, target_kg: targetKg, now: new Date(now) });
    expect(progress).toMatchObject({ ...expected, as_of: new Date(now).toISOString() });
  });

  it("is null without a target", () => {
    expect(report(sold, FESTIVAL).progress).toBeNull();
  });

  it("reports an empty festival as zero everywhere", () => {
    const result = report([], { ...FESTIVAL, target_kg: 200_000, now: new Date("2025-01-20T00:00:00Z") });
    expect(result.totals).toEqual({ grams: 0, tonnes: "0.000", units: 0, orders: 0, amounts: {}, presale_grams: 0, presale_tonnes: "0.000" });
    expect(result.breakdowns.day).toHaveLength(10);
    expect(result.breakdowns.day?.every((row) => row.grams === 0 && row.orders === 0)).toBe(true);
    expect(result.breakdowns.category).toEqual([]);
    expect(result.progress).toMatchObject({ percent: 0, days_left: 10, left_tonnes: "200.000", pace_tonnes_per_day: "20.000" });
  });
});
