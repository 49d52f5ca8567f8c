import { describe, expect, it } from "vitest"
import { toCompletion } from "./completion"

const soldOut = {
  type: "not_allowed",
  code: "sold_out",
  message: "Sold out (骏枣 · 5 kg: 0 left, this cart has 1). …",
  lines: [{ line_id: "cali_1", variant_id: "variant_1", title: "骏枣 · 5 kg", requested: 1, available: 0 }],
}

describe("toCompletion", () => {
  it.each([
    ["an order", 200, { type: "order", order: { id: "order_1" } }, null, { kind: "order", orderId: "order_1" }],
    ["sold out, with its lines", 409, soldOut, null, { kind: "sold_out", lines: [{ lineId: "cali_1", variantId: "variant_1", requested: 1, available: 0 }] }],
    ["busy, with Retry-After", 503, { code: "checkout_busy" }, "3", { kind: "busy", retryAfterSeconds: 3 }],
    ["busy, without Retry-After", 503, {}, null, { kind: "busy", retryAfterSeconds: 2 }],
    ["busy, with a Retry-After past 30 s", 503, {}, "600", { kind: "busy", retryAfterSeconds: 30 }],
    ["Medusa completing the same cart in another request", 409, { code: "invalid_state_error", message: "conflicted" }, null, { kind: "busy", retryAfterSeconds: 2 }],
    ["a payment Medusa did not authorize", 200, { type: "cart", error: { message: "Payment authorization failed" } }, null, { kind: "refused", status: 200, reason: "Payment authorization failed" }],
    ["a cart that is gone", 404, { type: "not_found", message: "Cart id not found: cart_1" }, null, { kind: "refused", status: 404, reason: "Cart id not found: cart_1" }],
    ["a 409 that is not sold out", 409, { type: "not_allowed", message: "something else" }, null, { kind: "refused", status: 409, reason: "something else" }],
  ])("reads %s", (_, status, body, retryAfter, expected) => {
    expect(toCompletion(status as number, body as any, retryAfter as string | null)).toEqual(expected)
  })

  it("throws on a 500, which the shopper cannot act on", () => {
    expect(() => toCompletion(500, { message: "An unknown error occurred." }, null)).toThrow("completing the cart failed: 500")
  })
})
