import { admin, currentFestival, expect, fillAddress, inventoryOf, priceOf, shot, test, yuan } from "./helpers"

const HANDLE = "alar-junzao-jujube-special"
const SKU = `${HANDLE}-5000g`
const STANDARD_SHIPPING = 12

test("zh-CN shopper buys a 5 kg box of jujubes from home to confirmation; the admin API sees the order and the stock", async ({ page, browser }, testInfo) => {
  const before = await inventoryOf(SKU)
  const price = await priceOf(HANDLE, 5000)
  const festival = await currentFestival()

  await page.goto("/")
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN")
  // The stack's seed opens 台阿线上年货节 for ten days: the hero shows it live, with countdown and progress.
  expect(festival?.status).toBe("live")
  await expect(page.getByRole("heading", { level: 1, name: festival!.title_zh })).toBeVisible()
  await expect(page.getByTestId("festival-countdown")).toBeVisible()
  await expect(page.getByTestId("festival-progress")).toContainText(`已售 ${festival!.progress.tonnes} 吨`)
  await shot(page, testInfo, "01-home")

  await page.getByRole("link", { name: "红枣", exact: true }).click()
  await expect(page).toHaveURL(/\/categories\/jujubes$/)
  await expect(page.getByRole("heading", { level: 1, name: "红枣" })).toBeVisible()
  await shot(page, testInfo, "02-category")

  await page.getByRole("link", { name: /阿拉尔骏枣 特级/ }).click()
  await expect(page).toHaveURL(new RegExp(`/products/${HANDLE}$`))
  await expect(page.getByRole("heading", { level: 1, name: "阿拉尔骏枣 特级" })).toBeVisible()
  await expect(page.getByText("新疆阿拉尔", { exact: true })).toBeVisible()
  await expect(page.getByText(`${yuan(Math.round(price * 10) / 100)}/斤`)).toBeVisible() // 5 kg = 10 斤
  await expect(page.getByTestId("delivery-note")).toContainText("常温快递")
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}")
  expect(jsonLd).toMatchObject({ "@type": "Product", name: "阿拉尔骏枣 特级", offers: { "@type": "AggregateOffer", priceCurrency: "CNY", offerCount: 4 } })

  await page.getByRole("radio", { name: "5 kg", exact: true }).check()
  await shot(page, testInfo, "03-product-5kg")
  await page.getByRole("button", { name: "加入购物车" }).click()
  await expect(page.getByRole("status").filter({ hasText: "已加入购物车" })).toBeVisible()
  await expect(page.getByTestId("cart-count")).toHaveText("1")

  await page.getByTestId("cart-link").click()
  await expect(page).toHaveURL(/\/cart$/)
  const line = page.getByTestId("cart-line")
  await expect(line).toHaveCount(1)
  await expect(line).toContainText("5 kg")
  await expect(page.getByTestId("cart-subtotal")).toHaveText(yuan(price))
  await line.getByRole("button", { name: /增加/ }).click()
  await expect(page.getByTestId("line-quantity")).toHaveText("2")
  await expect(page.getByTestId("cart-subtotal")).toHaveText(yuan(price * 2))
  await line.getByRole("button", { name: /减少/ }).click()
  await expect(page.getByTestId("line-quantity")).toHaveText("1")
  await expect(page.getByTestId("cart-subtotal")).toHaveText(yuan(price))
  await shot(page, testInfo, "04-cart")

  await page.getByRole("link", { name: "去结算" }).click()
  await expect(page).toHaveURL(/\/checkout$/)
  const email = `buyer-${Date.now()}@example.com`
  await fillAddress(page, {
    email,
    name: "李华",
    phone: "13800138000",
    province: "浙江省",
    city: "台州市",
    district: "椒江区",
    street: "市府大道 100 号 3 幢 502 室",
  })
  await page.getByRole("radio", { name: /普通快递/ }).check()
  await expect(page.getByRole("radio", { name: /货到付款/ })).toBeChecked()
  const total = price + STANDARD_SHIPPING
  await expect(page.getByTestId("checkout-total")).toHaveText(yuan(total))
  await shot(page, testInfo, "05-checkout")
  await page.getByRole("button", { name: "提交订单" }).click()

  await expect(page).toHaveURL(/\/orders\/order_/, { timeout: 30_000 })
  await expect(page.getByRole("heading", { name: "下单成功" })).toBeVisible()
  const displayId = Number((await page.getByTestId("order-number").textContent())?.replace("#", ""))
  expect(displayId).toBeGreaterThan(0)
  await expect(page.getByTestId("order-total")).toHaveText(yuan(total))
  await expect(page.getByTestId("cart-count")).toHaveText("0")
  // This browser placed the order: it sees where the parcel goes.
  await expect(page.getByText("13800138000")).toBeVisible()
  await expect(page.getByText(/市府大道 100 号/)).toBeVisible()
  await shot(page, testInfo, "06-confirmation")

  // The same link on another device shows number, lines and total, but no phone or address until email and phone match.
  const elsewhere = await (await browser.newContext()).newPage()
  await elsewhere.goto(page.url())
  await expect(elsewhere.getByTestId("order-number")).toHaveText(`#${displayId}`)
  await expect(elsewhere.getByRole("heading", { name: "收货信息仅下单人可见" })).toBeVisible()
  await expect(elsewhere.getByText("13800138000")).toHaveCount(0)
  await elsewhere.getByLabel("下单邮箱").fill(email)
  await elsewhere.getByLabel("收货手机号").fill("13800138001")
  await elsewhere.getByRole("button", { name: "查看完整订单" }).click()
  await expect(elsewhere.getByRole("alert").filter({ hasText: "邮箱或手机号与这个订单不符" })).toBeVisible()
  await elsewhere.getByLabel("收货手机号").fill("138 0013 8000")
  await elsewhere.getByRole("button", { name: "查看完整订单" }).click()
  await expect(elsewhere.getByText(/市府大道 100 号/)).toBeVisible()
  await expect(elsewhere.getByText("13800138000")).toBeVisible()
  await shot(elsewhere, testInfo, "07-another-device-unlocked")
  await elsewhere.context().close()

  const orderId = new URL(page.url()).pathname.split("/").pop()
  const { order } = await admin<{ order: { display_id: number; total: number; currency_code: string; email: string; items: { variant_sku: string; quantity: number }[] } }>(
    `/admin/orders/${orderId}?fields=id,display_id,total,currency_code,email,*items`
  )
  expect(order).toMatchObject({ display_id: displayId, total, currency_code: "cny" })
  expect(order.items).toEqual([expect.objectContaining({ variant_sku: SKU, quantity: 1 })])

  const after = await inventoryOf(SKU)
  expect(after.reserved).toBe(before.reserved + 1)
  expect(after.available).toBe(before.available - 1)
})
