import { describe, expect, it } from "vitest"
import { isOptimized, pictureSrc } from "./pictures"

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
