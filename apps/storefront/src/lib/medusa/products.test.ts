import { describe, expect, it } from "vitest"
import { festivalPricesFirst, paginate, sortProducts, stockState, toProduct, type ProductDTO } from "./products"
import type { Product } from "./types"

const dto: ProductDTO = {
  id: "prod_1",
  handle: "alar-junzao-jujube-special",
  title: "阿拉尔骏枣 特级",
  subtitle: null,
  description: null,
  thumbnail: "http://x/a.svg",
  created_at: "2026-01-01T00:00:00Z",
  variants: [
    { id: "v10", title: "10 kg", weight: 10000, inventory_quantity: 0, calculated_price: { calculated_amount: 358, currency_code: "cny" } },
    { id: "v5", title: "5 kg", weight: 5000, inventory_quantity: 7, calculated_price: { calculated_amount: 188, currency_code: "cny" } },
    { id: "v2", title: "2.5 kg", weight: 2500, inventory_quantity: 120, calculated_price: { calculated_amount: 99, currency_code: "cny" } },
  ],
  produce_facts: {
    origin_zh: "新疆阿拉尔",
    origin_en: "Alar, Xinjiang",
    grade: "special",
    harvest_from_month: 10,
    harvest_to_month: 11,
    storage_zh: "阴凉干燥处",
    storage_en: "Cool, dry place",
    shelf_life_days: 365,
    cold_chain: false,
  },
  cooperative: { handle: "c", name_zh: "十二团合作社", name_en: "12th Regiment Co-op", place_zh: "十二团", place_en: "12th Regiment" },
}

describe("toProduct", () => {
  it("orders weights, picks prices, stock states and the locale's facts", () => {
    const p = toProduct(dto, "en")
    expect(p.variants.map((v) => [v.title, v.price, v.stock])).toEqual([
      ["2.5 kg", 99, "in_stock"],
      ["5 kg", 188, "low"],
      ["10 kg", 358, "sold_out"],
    ])
    expect(p.minPrice).toBe(99)
    expect(p.facts?.origin).toBe("Alar, Xinjiang")
    expect(p.cooperative?.name).toBe("12th Regiment Co-op")
    expect(toProduct(dto, "zh-CN").facts?.origin).toBe("新疆阿拉尔")
  })
})

describe("stockState", () => {
  it.each([
    [0, true, "sold_out"],
    [-1, true, "sold_out"],
    [1, true, "low"],
    [10, true, "low"],
    [11, true, "in_stock"],
    [null, true, "in_stock"],
    [0, false, "in_stock"],
  ] as const)("%s units (managed %s) → %s", (available, managed, state) => {
    expect(stockState(available, managed)).toBe(state)
  })
})

describe("sortProducts and paginate", () => {
  const make = (handle: string, minPrice: number | null, createdAt: string) => ({ handle, minPrice, createdAt }) as Product
  const list = [make("a", 50, "2026-01-02"), make("b", null, "2026-01-03"), make("c", 20, "2026-01-01")]

  it.each([
    ["newest", ["b", "a", "c"]],
    ["price_asc", ["c", "a", "b"]],
    ["price_desc", ["a", "c", "b"]],
  ] as const)("%s", (sort, handles) => {
    expect(sortProducts(list, sort).map((p) => p.handle)).toEqual(handles)
  })

  it.each([
    [1, [1, 2], 1, 3],
    [3, [5], 3, 3],
    [9, [5], 3, 3],
    [0, [1, 2], 1, 3],
  ])("page %s of 5 items by 2", (page, items, current, pages) => {
    expect(paginate([1, 2, 3, 4, 5], page, 2)).toEqual({ items, page: current, pages })
  })
})

describe("festival prices", () => {
  const festival = {
    ...dto,
    id: "prod_2",
    variants: [
      // A price list at 10 % off: calculated below original, as the store API answers with region pricing.
      { id: "f5", title: "5 kg", weight: 5000, calculated_price: { calculated_amount: 169.2, original_amount: 188, currency_code: "cny" } },
      { id: "f2", title: "2.5 kg", weight: 2500, calculated_price: { calculated_amount: 99, original_amount: 99, currency_code: "cny" } },
    ],
  }

  it("keeps the list price only when the festival price is lower", () => {
    expect(toProduct(festival, "zh-CN").variants.map((v) => [v.title, v.price, v.originalPrice])).toEqual([
      ["2.5 kg", 99, null],
      ["5 kg", 169.2, 188],
    ])
  })

  it("puts products with a festival price first and keeps the order otherwise", () => {
    const plain = toProduct(dto, "zh-CN")
    const other = { ...plain, id: "prod_3" }
    expect(festivalPricesFirst([plain, toProduct(festival, "zh-CN"), other]).map((p) => p.id)).toEqual(["prod_2", "prod_1", "prod_3"])
  })
})
