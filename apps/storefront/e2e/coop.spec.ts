import { admin, expect, expectNoViolations, organizer, shot, test } from "./helpers"
// @ts-ignore plain ESM helper of the backend: a buyer on the store API, as `npm run simulate:festival` buys
import { placeOrder } from "../../backend/bin/shopper.mjs"

const COOP = "alar-14th-regiment-dried-fruit"
const SKU = "green-raisins-1000g"
const MANAGER = `manager-${Date.now()}@coop.example.com`
const PASSWORD = "raisins-and-figs-2027"
const TRACKING = `YT${Date.now()}`.slice(0, 16)

test("a co-op manager is invited, keeps stock, ships a shopper's order; shopper and organizer see the parcel", async ({ page, browser }, testInfo) => {
  test.setTimeout(240_000)
  const { cooperatives } = await admin<{ cooperatives: { id: string; handle: string }[] }>("/admin/cooperatives?limit=50")
  const coop = cooperatives.find((c) => c.handle === COOP)!

  // The organizer invites the manager from the cooperative's page in the admin.
  const desk = await organizer(browser)
  await desk.goto(`${process.env.E2E_BACKEND_URL}/app/cooperatives/${coop.id}`)
  await desk.getByTestId("invite-email").fill(MANAGER)
  await desk.getByTestId("invite-submit").click()
  const link = (await desk.getByTestId("invite-link").textContent())!.trim()
  expect(link).toMatch(new RegExp(`^${process.env.E2E_BASE_URL}/coop/invite/[A-Za-z0-9_-]{43}$`))
  await shot(desk, testInfo, "admin-invite")

  // The manager opens the link on a phone, sets a password and logs in to the portal.
  await page.goto(link)
  await expect(page.getByRole("heading", { level: 1 })).toContainText("加入 阿拉尔市十四团干果合作社")
  await page.getByLabel("设置密码").fill(PASSWORD)
  await page.getByRole("button", { name: "接受邀请" }).click()
  await page.getByRole("link", { name: "去登录" }).click()
  await page.getByLabel("邮箱").fill(MANAGER)
  await page.getByLabel("密码").fill(PASSWORD)
  await page.getByRole("button", { name: "登录" }).click()
  await expect(page.getByTestId("coop-name")).toHaveText("阿拉尔市十四团干果合作社")
  await expect(page.getByTestId("waiting-orders")).toBeVisible()
  await expectNoViolations(page, "the co-op overview")

  // Stock: the raisins' count is set with a reason.
  await page.getByRole("navigation", { name: "合作社后台导航" }).getByRole("link", { name: "库存" }).click()
  const raisins = page.getByTestId(`stock-${SKU}`)
  await raisins.getByLabel("新库存").fill("140")
  await raisins.getByLabel("原因").fill("盘点")
  await raisins.getByRole("button", { name: "修改" }).click()
  await expect(raisins.getByRole("status")).toContainText(`${SKU}：`)
  await expect(raisins.getByTestId("stocked")).toHaveText("140")
  await shot(page, testInfo, "coop-stock")
  await expectNoViolations(page, "the co-op stock page")

  // A shopper buys two bags of the raisins.
  const { products } = await fetch(`${process.env.E2E_BACKEND_URL}/store/products?handle=green-raisins&fields=*variants`, {
    headers: { "x-publishable-api-key": process.env.E2E_PUBLISHABLE_KEY ?? "" },
  }).then((r) => r.json())
  const variant = products[0].variants.find((v: { sku: string }) => v.sku === SKU)
  const order = await placeOrder(process.env.E2E_BACKEND_URL, process.env.E2E_PUBLISHABLE_KEY, {
    items: [{ variant_id: variant.id, quantity: 2 }],
    email: `raisin-buyer-${Date.now()}@example.com`,
    address: { first_name: "丽", last_name: "周", phone: "13600136000", province: "浙江省", city: "台州市", address_1: "椒江区 解放路 8 号" },
  })

  // The manager finds it among the orders to ship and ships it with a tracking number.
  await page.getByRole("navigation", { name: "合作社后台导航" }).getByRole("link", { name: "订单" }).click()
  const card = page.getByTestId(`coop-order-${order.display_id}`)
  await expect(card).toContainText("无核白葡萄干")
  await expect(card).toContainText("× 2")
  await card.getByRole("link", { name: `订单 #${order.display_id}`, exact: true }).click()
  await expectNoViolations(page, "a co-op order page")
  await page.getByLabel("快递公司").fill("圆通速递")
  await page.getByLabel("快递单号").fill(TRACKING)
  await page.getByRole("button", { name: "确认发货" }).click()
  // The page renders again with the parcel; the form is gone, the order's badge says shipped.
  await expect(page.getByTestId("tracking-number")).toHaveText(TRACKING)
  await expect(page.getByTestId(`coop-order-${order.display_id}`)).toContainText("已发货 · 圆通速递")
  await expect(page.getByRole("button", { name: "确认发货" })).toHaveCount(0)
  await shot(page, testInfo, "coop-shipped")

  // The shopper's order page shows the parcel as shipped, with carrier, number and co-op.
  const shopper = await browser.newPage({ locale: "zh-CN" })
  await shopper.goto(`${process.env.E2E_BASE_URL}/orders/${order.id}`)
  const parcel = shopper.getByTestId("parcel")
  await expect(parcel.getByTestId("parcel-status")).toHaveText("已发货")
  await expect(parcel.getByTestId("parcel-tracking")).toHaveText(TRACKING)
  await expect(parcel).toContainText("阿拉尔市十四团干果合作社 发货")
  await shot(shopper, testInfo, "shopper-order")

  // The organizer's admin shows the fulfilment with the same number.
  await desk.goto(`${process.env.E2E_BACKEND_URL}/app/orders/${order.id}`)
  await expect(desk.getByText(TRACKING).first()).toBeVisible({ timeout: 30_000 })
  await shot(desk, testInfo, "admin-order")
})
