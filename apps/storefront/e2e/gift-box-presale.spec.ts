import { addToCart, admin, expect, fillAddress, inventoryOf, organizer, shot, store, test } from "./helpers"

const BOX = "tai-a-new-year-gift-box"
const PARTS = ["alar-junzao-jujube-special-1000g", "aksu-thin-shell-walnut-1000g", "green-raisins-500g"]
const PRESALE = "aksu-rock-sugar-apple-new-season"

type PresaleProduct = { id: string; variants: { id: string; sku: string; presale: { ships_on: string } | null }[] }

async function presaleProduct(): Promise<PresaleProduct> {
  const { products } = (await store<{ products: PresaleProduct[] }>(`/store/products?handle=${PRESALE}&fields=id,variants.id,variants.sku,*variants.presale`))!
  return products[0]
}

/** "2027年10月20日起发货": the ship day as the storefront words it in zh-CN. */
const shipsText = (day: string) =>
  `${new Intl.DateTimeFormat("zh-CN", { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" }).format(new Date(`${day}T00:00:00Z`))}起发货`

test("a shopper buys a gift box and next season's apples ahead: each part's stock falls by its share, the ship date shows everywhere", async ({ page }, testInfo) => {
  const parts = await Promise.all(PARTS.map(inventoryOf))
  const apples = await inventoryOf(`${PRESALE}-5000g`)
  const { variants } = await presaleProduct()
  const day = variants.find((v) => v.sku === `${PRESALE}-5000g`)!.presale!.ships_on
  const ships = shipsText(day)

  // The box's page lists what is in it: each part with its net weight and its own co-op.
  await page.goto(`/products/${BOX}`)
  const contents = page.getByTestId("box-contents")
  await expect(contents.getByRole("heading", { name: "礼盒内含" })).toBeVisible()
  await expect(contents.getByRole("heading", { name: "2.5 kg 装" })).toBeVisible()
  for (const name of ["阿拉尔骏枣 特级", "阿克苏薄皮核桃", "无核白葡萄干"]) await expect(contents.getByRole("link", { name }).first()).toBeVisible()
  await expect(contents).toContainText("阿克苏市托喀依乡核桃合作社")
  await expect(contents).toContainText("净重 500 g")
  await shot(page, testInfo, "01-box-contents")
  await addToCart(page, BOX, "2.5 kg")

  // The pre-sale shows 预售 and the day it ships on its listing card and its page.
  await page.goto("/categories/apples")
  const card = page.getByTestId("product-card").filter({ hasText: "新季阿克苏冰糖心苹果" })
  await expect(card.getByTestId("presale")).toHaveText(`预售${ships}`)
  await card.click()
  await expect(page).toHaveURL(new RegExp(`/products/${PRESALE}$`))
  await expect(page.getByTestId("presale").first()).toHaveText(`预售${ships}`)
  await shot(page, testInfo, "02-presale-product")
  await addToCart(page, PRESALE, "5 kg")

  await page.goto("/cart")
  const lines = page.getByTestId("cart-line")
  await expect(lines).toHaveCount(2)
  await expect(lines.filter({ hasText: "新季阿克苏冰糖心苹果" }).getByTestId("presale")).toHaveText(`预售${ships}`)
  await expect(lines.filter({ hasText: "台阿年货礼盒" }).getByTestId("presale")).toHaveCount(0)
  await shot(page, testInfo, "03-cart")

  await page.getByRole("link", { name: "去结算" }).click()
  await fillAddress(page, { email: `ahead-${Date.now()}@example.com`, name: "王芳", phone: "13900139000", province: "浙江省", city: "台州市", district: "椒江区", street: "市府大道 1 号" })
  await page.getByRole("radio", { name: /普通快递/ }).check()
  await expect(page.getByRole("complementary").getByTestId("presale")).toHaveText(`预售${ships}`)
  await shot(page, testInfo, "04-checkout")
  await page.getByRole("button", { name: "提交订单" }).click()

  await expect(page).toHaveURL(/\/orders\/order_/, { timeout: 30_000 })
  await expect(page.getByRole("heading", { name: "下单成功" })).toBeVisible()
  await expect(page.getByTestId("presale")).toHaveText(`预售${ships}`)
  await shot(page, testInfo, "05-confirmation")
  // The order page, opened again later, reads the date the order recorded.
  await page.reload()
  await expect(page.getByTestId("presale")).toHaveText(`预售${ships}`)

  // One box of 1 kg jujubes, 1 kg walnuts and 500 g raisins: each part reserved once at its own co-op; the apples too.
  const after = await Promise.all(PARTS.map(inventoryOf))
  after.forEach((part, i) => {
    expect(part.reserved, PARTS[i]).toBe(parts[i].reserved + 1)
    expect(part.available, PARTS[i]).toBe(parts[i].available - 1)
  })
  expect((await inventoryOf(`${PRESALE}-5000g`)).reserved).toBe(apples.reserved + 1)
  const orderId = new URL(page.url()).pathname.split("/").pop()
  type Line = { variant_sku: string; metadata: Record<string, unknown> | null }
  const orderLines = async () => (await admin<{ order: { items: Line[] } }>(`/admin/orders/${orderId}?fields=id,items.variant_sku,items.metadata`)).order.items
  expect(await orderLines()).toHaveLength(2)
  // The order records the ship date with the line's net grams (order.placed, in the background).
  await expect
    .poll(async () => (await orderLines()).find((line) => line.variant_sku === `${PRESALE}-5000g`)?.metadata)
    .toMatchObject({ presale_ships_on: day, net_weight_g: 5000 })
})

test("the organizer caps a pre-sale in the admin; reached, it shows sold out and cannot be chosen", async ({ page, browser }, testInfo) => {
  const product = await presaleProduct()
  const tenKg = product.variants.find((v) => v.sku === `${PRESALE}-10000g`)!
  const day = tenKg.presale!.ships_on
  const { reserved } = await inventoryOf(`${PRESALE}-10000g`)
  const desk = await organizer(browser)
  try {
    await desk.goto(`${process.env.E2E_BACKEND_URL}/app/products/${product.id}`)
    await expect(desk.getByRole("heading", { name: "预售 Pre-sale" })).toBeVisible({ timeout: 30_000 })
    await expect(desk.locator(`#presale-${tenKg.id}-date`)).toHaveValue(day)
    await desk.locator(`#presale-${tenKg.id}-cap`).fill(String(reserved))
    await desk.getByRole("row").filter({ has: desk.locator(`#presale-${tenKg.id}-cap`) }).getByRole("button", { name: "保存 Save" }).click()
    await expect(desk.getByText("预售设置已保存 · Pre-sale saved")).toBeVisible()
    await shot(desk, testInfo, "admin-presale")
    expect((await inventoryOf(`${PRESALE}-10000g`)).stocked).toBe(reserved)

    await page.goto(`/products/${PRESALE}`)
    await expect(page.getByRole("radio", { name: "10 kg", exact: true })).toBeDisabled()
    await expect(page.locator(`#variant-${tenKg.id}-meta`)).toContainText("已售罄")
    await expect(page.getByRole("radio", { name: "5 kg", exact: true })).toBeEnabled()
  } finally {
    await admin(`/admin/products/${product.id}/presale`, { method: "POST", body: { variant_id: tenKg.id, ships_on: day, cap: 100 } })
    await desk.context().close()
  }
})
