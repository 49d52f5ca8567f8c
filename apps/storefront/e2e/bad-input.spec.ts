import type { Locator, Page } from "@playwright/test"
import { addToCart, expect, orderCount, test } from "./helpers"

/** What a tampered form or a hand-made request can put in a field; no form of ours sends any of these. */
const VALUES: [string, string][] = [
  ["a NUL character", "a\u0000b@example.com"],
  ["control characters", "\u0007\u001b[2J\u0008"],
  ["5000 characters", "枣".repeat(5000)],
  ["a huge number", "1e308"],
  ["a negative number", "-1"],
  ["an object in text", '{"$ne":null}'],
  ["right-to-left override", "\u202Emoc.elpmaxe@a"],
  ["nothing", ""],
]

/**
 * Gives the form's fields `values` the way a hand-made request would (constraints removed, hidden fields and submit
 * buttons' values changed too), submits it with `button`, and waits for the server action's answer.
 */
async function submitTampered(page: Page, form: Locator, values: Record<string, string>, button: Locator) {
  await form.evaluate((f: HTMLFormElement, values) => {
    f.noValidate = true
    for (const [name, value] of Object.entries(values)) {
      const found = f.elements.namedItem(name)
      const fields = found instanceof RadioNodeList ? Array.from(found) : found ? [found] : []
      if (!fields.length) {
        const extra = Object.assign(document.createElement("input"), { type: "hidden", name })
        f.append(extra)
        fields.push(extra)
      }
      for (const field of fields as HTMLInputElement[]) {
        field.removeAttribute("maxlength")
        field.removeAttribute("min")
        field.removeAttribute("max")
        if (field.type === "radio" || field.tagName === "BUTTON") field.setAttribute("value", value)
        else field.value = value
      }
    }
  }, values)
  const answered = page.waitForResponse((r) => r.request().method() === "POST" && !!r.request().headers()["next-action"])
  await button.click()
  return answered
}

test("tampered server-action forms answer with a message, never a server error, and change nothing", async ({ page }) => {
  const fiveHundreds: string[] = []
  page.on("response", (r) => {
    if (r.status() >= 500) fiveHundreds.push(`${r.request().method()} ${r.url()} → ${r.status()}`)
  })
  const ordersBefore = await orderCount()
  await addToCart(page, "green-raisins", "500 g")
  await page.goto("/cart")
  const cartText = async () => (await page.goto("/cart"), await page.getByRole("main").innerText())
  const cartBefore = await cartText()

  type Form = { what: string; url: string; form: (p: Page) => Locator; button: (p: Page) => Locator; fields: string[]; message: (p: Page) => Locator }
  const forms: Form[] = [
    {
      what: "customer sign-in",
      url: "/account/login",
      form: (p) => p.locator("form").filter({ has: p.getByLabel("密码") }),
      button: (p) => p.getByRole("button", { name: "登录" }),
      fields: ["email", "password", "locale"],
      message: (p) => p.locator('[role="alert"], [aria-invalid="true"]').first(),
    },
    {
      what: "registration",
      url: "/account/register",
      form: (p) => p.locator("form").filter({ has: p.getByLabel("密码") }),
      button: (p) => p.getByRole("button", { name: "注册" }),
      fields: ["name", "email", "password"],
      message: (p) => p.locator('[role="alert"], [aria-invalid="true"]').first(),
    },
    {
      what: "checkout",
      url: "/checkout",
      form: (p) => p.locator("form").filter({ has: p.getByLabel("手机号码") }),
      button: (p) => p.getByRole("button", { name: "提交订单" }),
      fields: ["email", "name", "phone", "province", "city", "district", "street", "shipping_option_id"],
      message: (p) => p.locator("#checkout-message"),
    },
    {
      what: "add to cart",
      url: "/products/green-raisins",
      form: (p) => p.locator("form").filter({ has: p.getByRole("button", { name: "加入购物车" }) }),
      button: (p) => p.getByRole("button", { name: "加入购物车" }),
      fields: ["variantId", "locale"],
      message: (p) => p.locator("form [role=status]").filter({ hasNotText: "已加入购物车" }).filter({ hasText: /\S/ }),
    },
    {
      what: "co-op sign-in",
      url: "/coop/login",
      form: (p) => p.locator("form").filter({ has: p.getByLabel("密码") }),
      button: (p) => p.getByRole("button", { name: "登录" }),
      fields: ["email", "password"],
      message: (p) => p.locator('[role="alert"], [aria-invalid="true"]').first(),
    },
  ]

  let submitted = 0
  for (const form of forms) {
    for (const [what, value] of VALUES) {
      await page.goto(form.url)
      const values = Object.fromEntries(form.fields.map((name) => [name, value]))
      const answer = await submitTampered(page, form.form(page), values, form.button(page))
      expect(answer.status(), `${form.what} with ${what}`).toBeLessThan(500)
      await expect(form.message(page), `${form.what} with ${what}: a message`).toBeVisible()
      await expect(form.message(page)).toHaveText(/\S/)
      submitted++
    }
  }
  // The cart's quantity buttons, with values no button carries.
  for (const [what, value] of VALUES) {
    await page.goto("/cart")
    const increase = page.getByRole("button", { name: /增加/ }).first()
    const answer = await submitTampered(page, page.locator("form").filter({ has: increase }), { quantity: value, lineId: value }, increase)
    expect(answer.status(), `cart quantity with ${what}`).toBeLessThan(500)
    submitted++
  }

  expect(submitted).toBe(forms.length * VALUES.length + VALUES.length)
  expect(fiveHundreds).toEqual([])
  expect(await orderCount()).toBe(ordersBefore)
  expect(await cartText()).toBe(cartBefore)
})
