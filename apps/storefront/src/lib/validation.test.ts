import { describe, expect, it } from "vitest"
import { isMainlandMobile, normalizeMobile, validateCheckout } from "./validation"

describe("isMainlandMobile", () => {
  it.each([
    ["13800138000", true],
    ["19912345678", true],
    ["15012345678", true],
    ["138 0013 8000", true],
    ["138-0013-8000", true],
    ["+8613800138000", true],
    ["8613800138000", true],
    ["12345678901", false],
    ["10012345678", false],
    ["1380013800", false],
    ["138001380001", false],
    ["23800138000", false],
    ["1380013800a", false],
    ["", false],
    ["+85213800138000", false],
  ])("%j → %s", (input, ok) => {
    expect(isMainlandMobile(input)).toBe(ok)
  })

  it("normalises what people type to 11 digits", () => {
    expect(normalizeMobile("+86 138-0013-8000")).toBe("13800138000")
  })
})

describe("validateCheckout", () => {
  const valid = {
    email: "li@example.com",
    name: "李华",
    phone: "13800138000",
    province: "浙江省",
    city: "台州市",
    district: "椒江区",
    street: "市府大道 100 号",
    shippingOptionId: "so_1",
    paymentProviderId: "pp_system_default",
  }

  it("accepts a complete address", () => {
    expect(validateCheckout(valid)).toEqual({})
  })

  it("names every wrong field with a message key", () => {
    expect(validateCheckout({ ...valid, email: "li@", phone: "12345", province: "", city: " ", district: "", street: "", shippingOptionId: "" })).toEqual({
      email: "emailInvalid",
      phone: "phoneInvalid",
      province: "required",
      city: "required",
      district: "required",
      street: "required",
      shippingOptionId: "chooseShipping",
    })
  })

  it("asks for a missing phone rather than calling it invalid", () => {
    expect(validateCheckout({ ...valid, phone: "" }).phone).toBe("required")
  })
})
