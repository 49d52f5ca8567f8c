import { describe, expect, it } from "vitest"
import { reusableSession, toPaymentSession } from "./payments"

const stripe = (over: Record<string, unknown> = {}) => ({
  id: "payses_1",
  provider_id: "pp_stripe_stripe",
  amount: 200,
  status: "pending",
  data: { id: "pi_1", client_secret: "pi_1_secret_abc", amount: 20000, currency: "cny" },
  ...over,
})
const collection = (sessions: ReturnType<typeof stripe>[], amount = 200) => ({ id: "paycol_1", amount, currency_code: "cny", payment_sessions: sessions })

describe("toPaymentSession", () => {
  it("reads Stripe's client secret from the session data", () => {
    expect(toPaymentSession(stripe())).toEqual({ id: "payses_1", providerId: "pp_stripe_stripe", amount: 200, status: "pending", clientSecret: "pi_1_secret_abc" })
  })

  it.each([[{}], [null], [{ client_secret: "" }], [{ client_secret: 42 }]])("has no secret for data %j", (data) => {
    expect(toPaymentSession(stripe({ data })).clientSecret).toBeNull()
  })
})

describe("reusableSession", () => {
  it("reuses a pending Stripe session for the collection's amount", () => {
    expect(reusableSession(collection([stripe()]), "pp_stripe_stripe")?.clientSecret).toBe("pi_1_secret_abc")
  })

  it.each([
    ["the total changed", collection([stripe()], 212)],
    ["it was authorized", collection([stripe({ status: "authorized" })])],
    ["it errored", collection([stripe({ status: "error" })])],
    ["it has no client secret", collection([stripe({ data: {} })])],
    ["it is another provider's", collection([stripe({ provider_id: "pp_system_default", data: {} })])],
    ["there is none", collection([])],
  ])("opens a new one when %s", (_why, c) => {
    expect(reusableSession(c, "pp_stripe_stripe")).toBeNull()
  })

  it("does not need a client secret for pay on delivery", () => {
    expect(reusableSession(collection([stripe({ provider_id: "pp_system_default", data: {} })]), "pp_system_default")?.id).toBe("payses_1")
  })
})
