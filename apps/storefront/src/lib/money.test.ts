import { describe, expect, it } from "vitest"
import { formatMoney, formatWeight, pricePerJin } from "./money"

describe("formatMoney", () => {
  it.each([
    [188, "zh-CN", "¥188.00"],
    [12, "zh-CN", "¥12.00"],
    [0.5, "zh-CN", "¥0.50"],
    [1234567.8, "zh-CN", "¥1,234,567.80"],
    [188, "en", "¥188.00"],
  ])("formats %s yuan in %s as %s", (amount, locale, expected) => {
    expect(formatMoney(amount, "cny", locale)).toBe(expected)
  })

  it("accepts the currency code in either case", () => {
    expect(formatMoney(99, "CNY", "zh-CN")).toBe(formatMoney(99, "cny", "zh-CN"))
  })
})

describe("pricePerJin", () => {
  it.each([
    [188, 5000, 18.8],
    [99, 2500, 19.8],
    [358, 10000, 17.9],
    [42, 500, 42],
    [45, 1000, 22.5],
    [128, 4000, 16],
    [100, 3000, 16.67],
  ])("¥%s for %s g is ¥%s per 斤", (price, grams, expected) => {
    expect(pricePerJin(price, grams)).toBe(expected)
  })

  it.each([[0], [null], [undefined], [-5]])("is null without a usable weight (%s)", (grams) => {
    expect(pricePerJin(100, grams)).toBeNull()
  })
})

describe("formatWeight", () => {
  it.each([
    [500, "500 g"],
    [1000, "1 kg"],
    [2500, "2.5 kg"],
    [10000, "10 kg"],
  ])("%s g reads %s", (grams, expected) => {
    expect(formatWeight(grams)).toBe(expected)
  })
})
