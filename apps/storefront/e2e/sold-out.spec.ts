import { addToCart, admin, expect, fillAddress, inventoryOf, orderCount, shot, test } from "./helpers"
// @ts-ignore plain ESM helper of the backend: a buyer on the store API, as `npm run simulate:festival` buys
import { placeOrder } from "../../backend/bin/shopper.mjs"

const HANDLE = "badam-almonds"
const SKU = `${HANDLE}-1000g`

/** Sets the SKU's stock so that exactly `left` boxes can still be bought. */
async function leaveOnly(sku: string, left: number) {
  const { inventory_items } = await admin<{ inventory_items: { id: string; location_levels: { location_id: string; reserved_quantity: number }[] }[] }>(
    `/admin/inventory-items?sku=${encodeURIComponent(sku)}&fields=id,*location_levels`
  )
  const [item] = inventory_items
  const [level, ...others] = item.location_levels
  expect(others, `${sku} is stocked at one warehouse`).toEqual([])
  await admin(`/admin/inventory-items/${item.id}/location-levels/${level.location_id}`, {
    method: "POST",
    body: { stocked_quantity: Number(level.reserved_quantity) + left },
  })
}

test("a shopper who loses the race for the last box sees it marked sold out in the cart, and no order is made", async ({ page }, testInfo) => {
  await leaveOnly(SKU, 1)
  await addToCart(page, HANDLE, "1 kg")
  await page.goto("/checkout")
  await fillAddress(page, {
    email: `slow-${Date.now()}@example.com`,
    name: "王芳",
    phone: "13900139000",
    province: "上海市",
    city: "上海市",
    district: "徐汇区",
    street: "漕溪北路 88 号",
  })
  await page.getByRole("radio", { name: /普通快递/ }).check()

  // While this shopper fills in the form, another buyer pays for the last box.
  const { products } = await fetch(`${process.env.E2E_BACKEND_URL}/store/products?handle=${HANDLE}&fields=variants.id,variants.sku`, {
    headers: { "x-publishable-api-key": process.env.E2E_PUBLISHABLE_KEY ?? "" },
  }).then((r) => r.json())
  const variant = products[0].variants.find((v: { sku: string }) => v.sku === SKU)
  await placeOrder(process.env.E2E_BACKEND_URL, process.env.E2E_PUBLISHABLE_KEY, {
    items: [{ variant_id: variant.id, quantity: 1 }],
    email: `fast-${Date.now()}@example.com`,
    address: { first_name: "张", last_name: "伟", phone: "13700137000", province: "北京市", city: "北京市", address_1: "海淀区 中关村大街 1 号" },
  })
  expect((await inventoryOf(SKU)).available).toBe(0)
  const orders = await orderCount()

  await page.getByRole("button", { name: "提交订单" }).click()
  await expect(page).toHaveURL(/\/cart\?sold_out=1$/, { timeout: 30_000 })
  await expect(page.getByTestId("cart-short")).toContainText("你付款时，有商品被其他买家抢先买走了")
  await expect(page.getByTestId("cart-short")).toContainText("这次没有扣款，也没有占用库存")
  const line = page.getByTestId("cart-line")
  await expect(line).toHaveCount(1)
  await expect(line.getByTestId("line-short")).toHaveText("已售罄")
  await expect(page.getByRole("button", { name: "去结算" })).toBeDisabled()
  await expect(page.getByText("请先删除或减少标出的商品")).toBeVisible()
  await shot(page, testInfo, "01-cart-sold-out")
  expect(await orderCount()).toBe(orders)
  expect((await inventoryOf(SKU)).available).toBe(0)

  // Removing the line clears the marks.
  await line.getByRole("button", { name: /删除/ }).click()
  await expect(page.getByTestId("cart-line")).toHaveCount(0)
  await expect(page.getByTestId("cart-short")).toHaveCount(0)
})
