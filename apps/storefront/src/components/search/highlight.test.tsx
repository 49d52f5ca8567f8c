import { renderToStaticMarkup } from "react-dom/server"
import { describe, expect, it } from "vitest"
import { Highlight } from "./highlight"

const html = (parts: { text: string; match: boolean }[], fallback = "") =>
  renderToStaticMarkup(<Highlight parts={parts} fallback={fallback} />).replace(/ class="[^"]*"/g, "")

describe("Highlight", () => {
  it("wraps the matched pieces in <mark>", () => {
    expect(html([{ text: "阿克苏冰糖心", match: false }, { text: "苹果", match: true }, { text: " 大果", match: false }])).toBe(
      "<span>阿克苏冰糖心</span><mark>苹果</mark><span> 大果</span>"
    )
  })

  it("renders markup in the text as text, never as HTML", () => {
    expect(html([{ text: "<img src=x onerror=alert(1)>", match: true }])).toBe("<mark>&lt;img src=x onerror=alert(1)&gt;</mark>")
  })

  it("falls back to the plain text without pieces", () => {
    expect(html([], "Aksu Apples")).toBe("Aksu Apples")
  })
})
