import { describe, expect, it } from "vitest"
import { localePath } from "./paths"

describe("localePath", () => {
  it.each([
    ["/", "en", "/en"],
    ["/", "zh-CN", "/"],
    ["/en", "zh-CN", "/"],
    ["/en", "en", "/en"],
    ["/products/alar-junzao-jujube-special", "en", "/en/products/alar-junzao-jujube-special"],
    ["/en/products/alar-junzao-jujube-special", "zh-CN", "/products/alar-junzao-jujube-special"],
    ["/zh-CN/categories/jujubes", "en", "/en/categories/jujubes"],
    ["/en/search", "en", "/en/search"],
    ["/categories/jujubes/", "en", "/en/categories/jujubes"],
    ["/english-teas", "en", "/en/english-teas"],
    ["/categories/jujubes?sort=price_asc&page=2", "en", "/en/categories/jujubes?sort=price_asc&page=2"],
    ["/categories/jujubes?", "zh-CN", "/categories/jujubes?"],
    ["/?q=1", "en", "/en?q=1"],
    ["/en/search?q=%E7%BA%A2%E6%9E%A3", "zh-CN", "/search?q=%E7%BA%A2%E6%9E%A3"],
  ] as const)("%s in %s → %s", (pathname, locale, expected) => {
    expect(localePath(pathname, locale)).toBe(expected)
  })
})
