import type { CoopStockLevel } from "@tarim/contracts"
import { MAX_STOCKED, planStockChanges } from "../../src/lib/stock-plan"

const level = (sku: string, stocked: number, reserved: number, location_id = "sloc_own"): CoopStockLevel => ({
  inventory_item_id: `iitem_${sku}`,
  location_id,
  sku,
  product_id: "prod_1",
  product_title: "骏枣",
  variant_title: sku,
  stocked_quantity: stocked,
  reserved_quantity: reserved,
  available_quantity: stocked - reserved,
  low: false,
})

const levels = [level("a", 100, 5), level("b", 20, 0), level("c", 7, 7)]

describe("planStockChanges", () => {
  it("lists changes and counts unchanged rows", () => {
    const plan = planStockChanges(levels, [
      { row: 2, sku: "a", stocked_quantity: "90" },
      { row: 3, sku: "b", stocked_quantity: 20 },
      { row: 4, sku: "c", stocked_quantity: " 7 " },
    ], "sloc_own")
    expect(plan).toEqual({
      changes: [{ sku: "a", from: 100, to: 90, inventory_item_id: "iitem_a", location_id: "sloc_own" }],
      unchanged: 2,
      errors: [],
      foreign: false,
    })
  })

  it.each([
    ["an empty sku", { sku: "", stocked_quantity: "1" }, "empty_sku", "the sku column is empty", false],
    ["another co-op's SKU", { sku: "walnut", stocked_quantity: "1" }, "foreign_sku", "SKU walnut is not one of your cooperative's products at warehouse sloc_own", true],
    ["own SKU at another warehouse", { sku: "a", stocked_quantity: "1", location_id: "sloc_other" }, "foreign_sku", "at warehouse sloc_other", true],
    ["a negative count", { sku: "a", stocked_quantity: "-1" }, "bad_quantity", 'whole number from 0 to 1000000, got "-1"', false],
    ["a decimal count", { sku: "a", stocked_quantity: "2.5" }, "bad_quantity", 'got "2.5"', false],
    ["words", { sku: "a", stocked_quantity: "十" }, "bad_quantity", 'got "十"', false],
    ["an empty count", { sku: "a", stocked_quantity: "" }, "bad_quantity", 'got ""', false],
    ["a count too large", { sku: "a", stocked_quantity: String(MAX_STOCKED + 1) }, "bad_quantity", `got "${MAX_STOCKED + 1}"`, false],
    ["a count below the reserved units", { sku: "a", stocked_quantity: "4" }, "below_reserved", "SKU a has 5 units reserved for orders; stock cannot go below that (got 4)", false],
  ])("refuses %s", (_what, row, code, message, foreign) => {
    const plan = planStockChanges(levels, [{ row: 2, sku: "b", stocked_quantity: "3" }, { row: 3, ...row }], "sloc_own")
    expect(plan.errors).toEqual([expect.objectContaining({ row: 3, sku: row.sku || null, code, message: expect.stringContaining(message) })])
    expect(plan.foreign).toBe(foreign)
  })

  it("refuses a SKU named twice, pointing at the first row", () => {
    const plan = planStockChanges(levels, [
      { row: 2, sku: "b", stocked_quantity: "3" },
      { row: 5, sku: "b", stocked_quantity: "4" },
    ], "sloc_own")
    expect(plan.errors).toEqual([
      { row: 5, sku: "b", code: "duplicate", message: "SKU b is listed twice (also in row 2)", first_row: 2 },
    ])
  })
})
