import { describe, expect, it } from "vitest"
import { isOptimized, pictureSrc, widthsUpTo } from "./pictures"

describe("pictureSrc", () => {
  it.each([
    ["http://localhost:9000/static/1733600000000-apple.jpg", "/pictures/1733600000000-apple.jpg"],
    ["https://api.tarim.example/static/a%20b.jpeg", "/pictures/a%20b.jpeg"],
    ["http://backend:9000/static/sub/dir/pear.webp", "/pictures/sub/dir/pear.webp"],
    // Drawings, other hosts' paths and anything with a query are left for the browser.
    ["http://localhost:9000/static/1733600000000-apple.svg", "http://localhost:9000/static/1733600000000-apple.svg"],
    ["https://cdn.example.com/images/apple.jpg", "https://cdn.example.com/images/apple.jpg"],
    ["http://localhost:9000/static/apple.jpg?v=2", "http://localhost:9000/static/apple.jpg?v=2"],
    ["http://localhost:9000/static/", "http://localhost:9000/static/"],
    ["not a url", "not a url"],
  ])("%s → %s", (url, src) => {
    expect(pictureSrc(url)).toBe(src)
    expect(isOptimized(pictureSrc(url))).toBe(src.startsWith("/pictures/"))
  })
})

describe("widthsUpTo", () => {
  const srcSet = [256, 384, 640, 750, 828, 1080, 1200, 1600].map((w) => `/_next/image?url=%2Fpictures%2Fa.jpg&w=${w}&q=75 ${w}w`).join(", ")
  const widths = (s: string | undefined) => s?.split(", ").map((e) => Number(e.split(" ")[1].slice(0, -1)))
  it.each([
    [990, [256, 384, 640, 750, 828, 1080]],
    [1080, [256, 384, 640, 750, 828, 1080]],
    [200, [256]],
    [5000, [256, 384, 640, 750, 828, 1080, 1200, 1600]],
  ])("up to %i device px keeps %j", (px, kept) => {
    expect(widths(widthsUpTo(srcSet, px))).toEqual(kept)
  })
  it("leaves a 1×/2× srcset and none at all as they are", () => {
    expect(widthsUpTo("/a.jpg?w=64 1x, /a.jpg?w=128 2x", 100)).toBe("/a.jpg?w=64 1x, /a.jpg?w=128 2x")
    expect(widthsUpTo(undefined, 100)).toBeUndefined()
  })
})
