import { addToCart, expect, fillAddress, priceOf, shot, test, yuan } from "./helpers"

const COLD_CHAIN = 28

test("a shopper registers, orders, and finds the order in the account history", async ({ page }, testInfo) => {
  const email = `member-${Date.now()}@example.com`
  const total = (await priceOf("aksu-thin-shell-walnut", 2500)) + COLD_CHAIN
  await page.goto("/account")
  await expect(page).toHaveURL(/\/account\/login$/)
  await page.getByRole("link", { name: "注册" }).click()
  await page.getByLabel("称呼").fill("王芳")
  await page.getByLabel("电子邮箱").fill(email)
  await page.getByLabel("密码").fill("fruit-lover-2026")
  await shot(page, testInfo, "01-register")
  await page.getByRole("button", { name: "注册" }).click()
  await expect(page).toHaveURL(/\/account$/)
  await expect(page.getByText("你好，王芳")).toBeVisible()
  await expect(page.getByText("还没有订单。")).toBeVisible()
  await shot(page, testInfo, "02-account-empty")

  await addToCart(page, "aksu-thin-shell-walnut", "2.5 kg")
  await page.goto("/checkout")
  await expect(page.getByLabel("电子邮箱")).toHaveValue(email)
  await fillAddress(page, { email, name: "王芳", phone: "15912345678", province: "北京市", city: "北京市", district: "朝阳区", street: "建国路 88 号" })
  await page.getByRole("radio", { name: /冷链快递/ }).check()
  await expect(page.getByTestId("checkout-total")).toHaveText(yuan(total))
  await page.getByRole("button", { name: "提交订单" }).click()
  await expect(page).toHaveURL(/\/orders\/order_/, { timeout: 30_000 })
  const number = (await page.getByTestId("order-number").textContent())!.replace("#", "")
  await shot(page, testInfo, "03-confirmation")

  await page.getByRole("link", { name: "查看我的订单" }).click()
  const history = page.getByTestId("order-history")
  await expect(history.getByRole("link", { name: new RegExp(`订单 #${number}\\b`) })).toBeVisible()
  await expect(history).toContainText(yuan(total))
  await shot(page, testInfo, "04-history")
  await history.getByRole("link", { name: new RegExp(`订单 #${number}\\b`) }).click()
  await expect(page.getByRole("heading", { name: `订单 #${number}` })).toBeVisible()
  await expect(page.getByRole("region", { name: "商品" }).getByText("阿克苏薄皮核桃 · 2.5 kg × 1")).toBeVisible()
  // Not shipped yet: one parcel waiting at the walnut co-op.
  await expect(page.getByTestId("parcel-status")).toHaveText("待发货")
  await expect(page.getByTestId("parcel")).toContainText("阿克苏市托喀依乡核桃合作社 发货")
  await shot(page, testInfo, "05-order-detail")
})

test("a swapped cart cookie shows a signed-in shopper nothing of another customer's cart, and takes nothing from it", async ({ browser, baseURL }) => {
  /** A fresh browser with a newly registered customer signed in. */
  async function member(name: string) {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto("/account/register")
    await page.getByLabel("称呼").fill(name)
    await page.getByLabel("电子邮箱").fill(`${name}-${Date.now()}@example.com`)
    await page.getByLabel("密码").fill("fruit-lover-2026")
    await page.getByRole("button", { name: "注册" }).click()
    await expect(page).toHaveURL(/\/account$/)
    return { context, page }
  }
  const b = await member("bella")
  await addToCart(b.page, "aksu-thin-shell-walnut", "2.5 kg")
  const cartCookie = (await b.context.cookies()).find((c) => c.name === "_tarim_cart")!
  expect(cartCookie.value).toMatch(/^cart_/)

  const a = await member("alan")
  await a.context.addCookies([{ name: "_tarim_cart", value: cartCookie.value, url: baseURL! }])
  await a.page.goto("/cart")
  await expect(a.page.getByText("购物车还是空的。")).toBeVisible()
  await expect(a.page.getByText("阿克苏薄皮核桃")).toHaveCount(0)
  // Nor does the checkout, which reads the same cookie.
  await a.page.goto("/checkout")
  await expect(a.page.getByText("阿克苏薄皮核桃")).toHaveCount(0)

  await b.page.goto("/cart")
  await expect(b.page.getByText("阿克苏薄皮核桃").first()).toBeVisible()
  await Promise.all([a.context.close(), b.context.close()])
})
