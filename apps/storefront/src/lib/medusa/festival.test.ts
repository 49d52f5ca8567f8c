import { describe, expect, it } from "vitest"
import { remaining } from "@/components/festival/countdown"
import { festivalWindow, toFestival } from "./festival"
import type { StoreFestivalResponse } from "@tarim/contracts"

/** An answer of GET /store/festivals/current, as @tarim/contracts declares it. */
const fixture: StoreFestivalResponse["festival"] = {
  id: "fest_1",
  handle: "tai-a-2027",
  title_zh: "台阿线上年货节",
  title_en: "Taizhou–Alar Online New Year Festival",
  description_zh: "十天卖出阿拉尔好货",
  description_en: "Ten days of Alar produce",
  starts_at: "2027-01-20T00:00:00+08:00",
  ends_at: "2027-01-30T00:00:00+08:00",
  timezone: "Asia/Shanghai",
  status: "live",
  target_kg: 200000,
  product_ids: ["prod_1", "prod_2"],
  progress: { grams: 12345000, tonnes: "12.345", orders: 321, amount_cny: 123456, percent: 6.17 },
}

describe("toFestival", () => {
  it("maps the contract in each language", () => {
    expect(toFestival(fixture, "zh-CN")).toMatchObject({ title: "台阿线上年货节", status: "live", targetKg: 200000, progress: { tonnes: "12.345", orders: 321, amountCny: 123456, percent: 6.17 } })
    expect(toFestival(fixture, "en").title).toBe("Taizhou–Alar Online New Year Festival")
    expect(toFestival(fixture, "en")).toMatchObject({ timeZone: "Asia/Shanghai", productIds: ["prod_1", "prod_2"] })
  })

  it("has no products and Beijing time when the festival has neither", () => {
    expect(toFestival({ ...fixture, product_ids: [], timezone: "" }, "zh-CN")).toMatchObject({ timeZone: "Asia/Shanghai", productIds: [] })
  })

  it("keeps the progress bar within 0–100 %", () => {
    expect(toFestival({ ...fixture, progress: { ...fixture.progress, percent: 130 } }, "en").progress.percent).toBe(100)
  })
})

describe("festivalWindow", () => {
  it.each([
    ["zh-CN", "Asia/Shanghai", { from: "2027年1月20日 00:00", to: "2027年1月30日 00:00", zone: "中国标准时间" }],
    ["en", "Asia/Shanghai", { from: "January 20, 2027 at 00:00", to: "January 30, 2027 at 00:00", zone: "China Standard Time" }],
    // The same instants announced in Ürümqi time (UTC+6) read two hours earlier, whatever the server's zone.
    ["zh-CN", "Asia/Urumqi", { from: "2027年1月19日 22:00", to: "2027年1月29日 22:00" }],
  ])("%s in %s", (locale, timeZone, expected) => {
    expect(festivalWindow({ startsAt: fixture.starts_at, endsAt: fixture.ends_at, timeZone }, locale)).toMatchObject(expected)
  })
})

describe("countdown", () => {
  it("splits the time left and never goes negative", () => {
    const now = Date.parse("2027-01-19T00:00:00+08:00")
    expect(remaining(Date.parse(fixture.starts_at), now)).toEqual({ days: 1, hours: 0, minutes: 0, seconds: 0 })
    expect(remaining(now + 90061000, now)).toEqual({ days: 1, hours: 1, minutes: 1, seconds: 1 })
    expect(remaining(now - 5000, now)).toEqual({ days: 0, hours: 0, minutes: 0, seconds: 0 })
  })
})
