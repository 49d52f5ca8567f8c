import { describe, expect, it } from "vitest"
import { listingRewrite, listingView } from "./listing"

describe("listingRewrite", () => {
  it.each([
    ["/zh-CN/products", "", "/zh-CN/listing/products/newest/1"],
    ["/zh-CN/products", "?sort=price_asc&page=2", "/zh-CN/listing/products/price_asc/2"],
    ["/en/products/", "?page=3", "/en/listing/products/newest/3"],
    ["/zh-CN/categories/jujubes", "?sort=price_desc", "/zh-CN/listing/categories/jujubes/price_desc/1"],
    ["/en/categories/walnuts", "?sort=cheapest&page=-1&utm_source=x", "/en/listing/categories/walnuts/newest/1"],
  ])("%s%s → %s", (pathname, search, expected) => {
    expect(listingRewrite(pathname, new URLSearchParams(search))).toBe(expected)
  })

  it.each(["/zh-CN", "/zh-CN/products/aksu-apple", "/en/categories", "/zh-CN/categories/jujubes/more", "/zh-CN/cart"])(
    "leaves %s alone",
    (pathname) => {
      expect(listingRewrite(pathname, new URLSearchParams("sort=price_asc"))).toBeNull()
    }
  )
})

describe("listingView", () => {
  it.each([
    [null, null, { sort: "newest", page: 1 }],
    ["price_asc", "2", { sort: "price_asc", page: 2 }],
    ["price_desc", "2.7", { sort: "price_desc", page: 2 }],
    ["x", "abc", { sort: "newest", page: 1 }],
    ["newest", "100", { sort: "newest", page: 1 }],
    ["newest", "99", { sort: "newest", page: 99 }],
  ])("sort %s, page %s", (sort, page, expected) => {
    expect(listingView(sort, page)).toEqual(expected)
  })
})
