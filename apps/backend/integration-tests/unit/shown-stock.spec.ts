import { changedVariants, coalesce, shownStock } from "../../src/lib/shown-stock"

describe("shownStock: what cached pages show of a variant's stock", () => {
  it.each([
    [500, true, "in_stock"],
    [11, true, "in_stock"],
    [10, true, "low:10"],
    [1, true, "low:1"],
    [0, true, "sold_out"],
    [-2, true, "sold_out"],
    [null, true, "in_stock"],
    [0, false, "in_stock"],
  ])("%s available, managed %s → %s", (available, managed, shown) => {
    expect(shownStock(available, managed)).toBe(shown)
  })
})

describe("changedVariants", () => {
  it("names variants that show differently, and any not seen before", () => {
    const before = new Map([["a", "in_stock"], ["b", "low:3"], ["c", "in_stock"]])
    const now = new Map([["a", "in_stock"], ["b", "low:2"], ["c", "in_stock"], ["d", "sold_out"]])
    expect(changedVariants(before, now)).toEqual(["b", "d"])
    expect(changedVariants(now, now)).toEqual([])
  })
})

describe("coalesce: one check per burst, and one more for what arrives while it runs", () => {
  const wait = (ms: number) => new Promise((r) => setTimeout(r, ms))

  it("runs once for calls within the delay", async () => {
    let runs = 0
    const poke = coalesce(async () => void runs++, 20)
    for (let i = 0; i < 50; i++) poke()
    await wait(60)
    expect(runs).toBe(1)
  })

  it("runs again after a check that was poked while running, and not more", async () => {
    let runs = 0
    const poke = coalesce(async () => {
      runs++
      await wait(40)
    }, 10)
    poke()
    await wait(20) // the first check is running now
    poke()
    poke()
    await wait(150)
    expect(runs).toBe(2)
  })
})
