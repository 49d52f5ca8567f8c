import { describe, expect, it } from "vitest"
import type { StoreSearchProductsResponse } from "@tarim/contracts"
import { toSearchResult } from "./search"
import { parsePriceKey, parseSearchParams, toSearchParams, toStoreQuery } from "./search-params"
import type { SearchState } from "./types"

const base: SearchState = { q: "", category: [], cooperative: [], origin: [], price: null, inStock: false, sort: "relevance", page: 1 }

describe("parseSearchParams", () => {
  it.each([
    ["", base],
    ["q=%20苹果%20", { ...base, q: "苹果" }],
    ["category=apples&category=jujubes", { ...base, category: ["apples", "jujubes"] }],
    ["category=apples,jujubes,apples", { ...base, category: ["apples", "jujubes"] }],
    ["origin=新疆阿克苏&cooperative=alar-10th", { ...base, origin: ["新疆阿克苏"], cooperative: ["alar-10th"] }],
    ["price=50-100", { ...base, price: "50-100" }],
    ["price=200-", { ...base, price: "200-" }],
    ["price=100-50", base],
    ["price=cheap", base],
    ["in_stock=1", { ...base, inStock: true }],
    ["in_stock=true", { ...base, inStock: true }],
    ["in_stock=0", base],
    ["sort=price_asc&page=3", { ...base, sort: "price_asc", page: 3 }],
    ["sort=bogus&page=-2", base],
    ["page=2.5", base],
    ["page=9999", { ...base, page: 500 }],
  ])("%s", (query, expected) => {
    expect(parseSearchParams(new URLSearchParams(query))).toEqual(expected)
  })

  it("reads Next's searchParams record and cuts q at 200 characters", () => {
    expect(parseSearchParams({ q: ["x".repeat(250), "y"], category: "apples" })).toEqual({ ...base, q: "x".repeat(200), category: ["apples"] })
  })
})

describe("toSearchParams", () => {
  it("leaves defaults out", () => {
    expect(toSearchParams(base).toString()).toBe("")
  })

  it("round-trips through parseSearchParams", () => {
    const state: SearchState = { q: "红枣", category: ["jujubes"], cooperative: ["a", "b"], origin: ["新疆阿拉尔"], price: "0-50", inStock: true, sort: "newest", page: 2 }
    const params = toSearchParams(state)
    expect(params.toString()).toBe(
      `q=${encodeURIComponent("红枣")}&category=jujubes&cooperative=a&cooperative=b&origin=${encodeURIComponent("新疆阿拉尔")}&price=0-50&in_stock=1&sort=newest&page=2`
    )
    expect(parseSearchParams(params)).toEqual(state)
  })
})

describe("toStoreQuery", () => {
  it("maps the state to the store search route's parameters", () => {
    expect(toStoreQuery({ ...base, q: "apple", category: ["apples", "pears"], price: "50-100", inStock: true, sort: "price_desc", page: 2 })).toEqual({
      q: "apple",
      category: "apples,pears",
      price_min: 50,
      price_max: 99.99,
      in_stock: "true",
      sort: "price_desc",
      page: 2,
      limit: 20,
    })
  })

  it("sends an open-ended bucket without price_max", () => {
    expect(toStoreQuery({ ...base, price: "200-" })).toEqual({ price_min: 200, sort: "relevance", page: 1, limit: 20 })
  })

  it.each([
    ["0-50", { from: 0, to: 50 }],
    ["200-", { from: 200, to: null }],
    ["50-50", null],
    ["-50", null],
    [null, null],
  ])("parsePriceKey(%s)", (key, expected) => {
    expect(parsePriceKey(key)).toEqual(expected)
  })
})

describe("toSearchResult", () => {
  it("maps hits to labels and the in-stock facet to its count", () => {
    const dto: StoreSearchProductsResponse = {
      query: "苹果",
      locale: "zh",
      sort: "relevance",
      limit: 24,
      count: 1,
      page: 1,
      page_count: 1,
      typo_fallback: false,
      hits: [
        {
          id: "prod_1",
          handle: "aksu-apple",
          title: "阿克苏冰糖心苹果",
          subtitle: null,
          thumbnail: null,
          category: { value: "apples", label: "苹果" },
          cooperative: null,
          origin: { value: "新疆阿克苏", label: "新疆阿克苏" },
          price: { min: 69, max: 128, currency_code: "cny" },
          in_stock: true,
          weights_g: [2500, 5000],
          festival: true,
          highlight: { title: [{ text: "阿克苏冰糖心", match: false }, { text: "苹果", match: true }], subtitle: [] },
        },
      ],
      facets: {
        category: [{ value: "apples", label: "苹果", count: 1 }],
        cooperative: [],
        origin: [],
        in_stock: [{ value: false, count: 2 }, { value: true, count: 1 }],
        price: [{ key: "0-50", from: 0, to: 50, count: 0 }],
      },
    }
    const result = toSearchResult(dto)
    expect(result.hits[0]).toMatchObject({ category: "苹果", cooperative: null, origin: "新疆阿克苏", minPrice: 69, inStock: true })
    expect(result.facets.inStock).toBe(1)
    expect(result.pageCount).toBe(1)
    expect(toSearchResult({ ...dto, facets: null }).facets).toEqual({ category: [], cooperative: [], origin: [], price: [], inStock: 0 })
  })
})
