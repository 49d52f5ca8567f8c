import { createFormatter, createTranslator } from "next-intl"
import { describe, expect, it } from "vitest"
import en from "../../messages/en.json"
import zh from "../../messages/zh-CN.json"
import { presaleBadge } from "./presale"

describe("presaleBadge", () => {
  it.each([
    ["zh-CN", "Asia/Shanghai", zh, { label: "预售", ships: "2027年10月20日起发货" }],
    ["en", "Asia/Shanghai", en, { label: "Pre-sale", ships: "Ships from October 20, 2027" }],
    // The day is a calendar date: the same day wherever the shopper's clock is.
    ["en", "America/Los_Angeles", en, { label: "Pre-sale", ships: "Ships from October 20, 2027" }],
  ])("%s, clock in %s", (locale, timeZone, messages, expected) => {
    const t = createTranslator({ locale, messages, namespace: "presale" })
    const format = createFormatter({ locale, timeZone })
    expect(presaleBadge(t, format, "2027-10-20")).toEqual(expected)
  })
})
