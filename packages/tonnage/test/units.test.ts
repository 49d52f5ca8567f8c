import { describe, expect, it } from "vitest";
import { dayInZone, dayRange, dayStart, displayWidth, formatMinor, formatTonnes, keptAmount } from "../src/index.js";

describe("formatTonnes (whole kilograms, half up, from integer grams)", () => {
  it.each([
    [0, "0.000"],
    [499, "0.000"],
    [500, "0.001"],
    [1234499, "1.234"],
    [1234500, "1.235"],
    [1234567, "1.235"],
    [999999500, "1000.000"],
    [200_000_000_000, "200000.000"],
    [9007199254740991, "9007199254.741"],
  ])("%d g → %s t", (grams, tonnes) => {
    expect(formatTonnes(grams)).toBe(tonnes);
  });

  it("refuses grams that are not safe integers", () => {
    expect(() => formatTonnes(0.5)).toThrow(/not a safe integer/);
  });
});

describe("keptAmount (pro rata, remainder goes with the returns)", () => {
  it.each([
    [1000, 3, 3, 1000],
    [1000, 3, 2, 666],
    [1000, 3, 1, 333],
    [1001, 2, 1, 500],
    [999, 0, 0, 0],
    [5000, 5, 0, 0],
    [9007199254740991, 3, 2, 6004799503160660],
  ])("amount %d, quantity %d, kept %d → %d", (amount, quantity, kept, expected) => {
    expect(keptAmount(amount, quantity, kept)).toBe(expected);
  });
});

describe("formatMinor", () => {
  it.each<[number, string, boolean, string]>([
    [0, "CNY", false, "0.00"],
    [5, "CNY", false, "0.05"],
    [123456, "CNY", false, "1234.56"],
    [123456789, "CNY", true, "1,234,567.89"],
    [1999, "USD", true, "19.99"],
    [1500, "JPY", true, "1,500"],
  ])("%d %s (grouping %s) → %s", (minor, currency, grouping, text) => {
    expect(formatMinor(minor, currency, grouping)).toBe(text);
  });
});

describe("time zones", () => {
  it.each([
    ["2025-01-20", "Asia/Shanghai", "2025-01-19T16:00:00.000Z"],
    ["2025-03-09", "America/New_York", "2025-03-09T05:00:00.000Z"],
    ["2025-03-10", "America/New_York", "2025-03-10T04:00:00.000Z"],
    ["2025-01-20", "UTC", "2025-01-20T00:00:00.000Z"],
  ])("%s starts in %s at %s", (day, zone, instant) => {
    expect(dayStart(day, zone).toISOString()).toBe(instant);
    expect(dayInZone(new Date(instant), zone)).toBe(day);
    expect(dayInZone(new Date(Date.parse(instant) - 1), zone)).not.toBe(day);
  });

  it("turns inclusive calendar days into a half-open instant range", () => {
    const range = dayRange("2025-01-20", "2025-01-29", "Asia/Shanghai");
    expect([range.from.toISOString(), range.to.toISOString()]).toEqual(["2025-01-19T16:00:00.000Z", "2025-01-29T16:00:00.000Z"]);
  });

  it.each(["2025-02-30", "2025-1-5", "20250105"])("rejects %s", (day) => {
    expect(() => dayRange(day, "2025-12-31", "UTC")).toThrow(/is not a date/);
  });
});

describe("displayWidth", () => {
  it.each([
    ["abc", 3],
    ["骏枣", 4],
    ["骏枣 5kg", 8],
    ["ｅ", 2],
    ["é", 1],
    ["", 0],
  ])("%s is %d columns", (text, width) => {
    expect(displayWidth(text)).toBe(width);
  });
});
