import { describe, expect, it } from "vitest"
import { checkoutPaymentOptions, confirmOutcome, readStripeReturn, stripeLocale, stripeReturnUrl } from "./payment"

describe("checkoutPaymentOptions", () => {
  const both = [{ id: "pp_system_default" }, { id: "pp_stripe_stripe" }]
  it.each([
    [both, true, ["pp_system_default", "pp_stripe_stripe"]],
    [both, false, ["pp_system_default"]],
    [[{ id: "pp_system_default" }], true, ["pp_system_default"]],
    [[{ id: "pp_system_default" }, { id: "pp_stripe-blik_stripe" }, { id: "pp_stripe_stripe" }], true, ["pp_system_default", "pp_stripe_stripe"]],
    [[{ id: "pp_paypal_paypal" }], true, []],
  ])("%j with a Stripe key: %s → %j", (providers, stripeEnabled, expected) => {
    expect(checkoutPaymentOptions(providers, stripeEnabled)).toEqual(expected)
  })
})

describe("stripeReturnUrl", () => {
  it.each([
    ["https://shop.example.com", "zh-CN", "cart_01ABC", "https://shop.example.com/checkout/stripe-return?cart=cart_01ABC"],
    ["https://shop.example.com/", "en", "cart_01ABC", "https://shop.example.com/en/checkout/stripe-return?cart=cart_01ABC"],
    ["http://localhost:8000", "zh-CN", "cart a&b", "http://localhost:8000/checkout/stripe-return?cart=cart+a%26b"],
  ])("%s %s %s → %s", (origin, locale, cart, expected) => {
    expect(stripeReturnUrl(origin, locale, cart)).toBe(expected)
  })
})

describe("stripeLocale", () => {
  it.each([["zh-CN", "zh"], ["en", "en"], ["en-US", "en"]])("%s → %s", (locale, expected) => {
    expect(stripeLocale(locale)).toBe(expected)
  })
})

describe("confirmOutcome", () => {
  it.each([
    [{ paymentIntent: { status: "requires_capture" } }, { kind: "complete" }],
    [{ paymentIntent: { status: "succeeded" } }, { kind: "complete" }],
    [{ paymentIntent: { status: "processing" } }, { kind: "error", message: null, key: "paymentProcessing" }],
    [{ paymentIntent: { status: "requires_payment_method" } }, { kind: "error", message: null, key: "paymentFailed" }],
    [{ error: { type: "card_error", message: "您的银行卡被拒绝了。" } }, { kind: "error", message: "您的银行卡被拒绝了。", key: "paymentFailed" }],
    [{ error: { type: "validation_error", message: "Your card number is incomplete." } }, { kind: "error", message: "Your card number is incomplete.", key: "paymentFailed" }],
    [{ error: { type: "api_connection_error", message: "Failed to fetch" } }, { kind: "error", message: null, key: "paymentFailed" }],
    [{ error: { type: "invalid_request_error", message: "No such payment_intent" } }, { kind: "error", message: null, key: "paymentFailed" }],
  ])("%j → %j", (result, expected) => {
    expect(confirmOutcome(result)).toEqual(expected)
  })
})

describe("readStripeReturn", () => {
  it.each([
    [{ cart: "cart_01ABC", redirect_status: "succeeded", payment_intent: "pi_1" }, { cartId: "cart_01ABC", failed: false }],
    [{ cart: "cart_01ABC", redirect_status: "processing" }, { cartId: "cart_01ABC", failed: false }],
    [{ cart: "cart_01ABC", redirect_status: "failed" }, { cartId: "cart_01ABC", failed: true }],
    [{ cart: ["cart_01ABC", "cart_02"] }, { cartId: "cart_01ABC", failed: false }],
    [{ cart: "../admin" }, { cartId: null, failed: false }],
    [{}, { cartId: null, failed: false }],
  ])("%j → %j", (search, expected) => {
    expect(readStripeReturn(search)).toEqual(expected)
  })
})
