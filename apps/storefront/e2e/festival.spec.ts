import { currentFestival, expect, shot, store, test, yuan } from "./helpers"

type PricedProduct = { id: string; title: string; variants: { calculated_price: { calculated_amount: number; original_amount: number } }[] }

test("zh-CN shopper opens the festival page from the home hero and sees progress and festival prices", async ({ page }, testInfo) => {
  const festival = await currentFestival()
  expect(festival, "the seed's current festival").toBeTruthy()
  // A taking-part product whose cheapest box the price list makes cheaper, as its card shows it.
  const { regions } = (await store<{ regions: { id: string; currency_code: string }[] }>("/store/regions"))!
  const region = regions.find((r) => r.currency_code === "cny")!
  const { products } = (await store<{ products: PricedProduct[] }>(
    `/store/products?region_id=${region.id}&limit=100&fields=id,title,*variants.calculated_price`
  ))!
  const onSale = products
    .filter((p) => festival!.product_ids.includes(p.id))
    .map((p) => ({ title: p.title, price: p.variants.map((v) => v.calculated_price).sort((a, b) => a.calculated_amount - b.calculated_amount)[0] }))
    .find((p) => p.price.calculated_amount < p.price.original_amount)
  expect(onSale, "a festival product with a price-list price").toBeTruthy()

  await page.goto("/")
  await page.getByRole("link", { name: "查看年货节" }).click()
  await expect(page).toHaveURL(new RegExp(`/festivals/${festival!.handle}$`))
  await expect(page.getByRole("heading", { level: 1, name: "台阿线上年货节" })).toBeVisible()
  await expect(page.getByRole("progressbar")).toBeVisible()
  await expect(page.getByTestId("festival-progress")).toContainText(new RegExp(`已售 \\d+\\.\\d{3} 吨 / 目标 ${festival!.target_kg / 1000} 吨`))

  const card = page.getByTestId("product-card").filter({ has: page.getByRole("heading", { name: onSale!.title, exact: true }) })
  await expect(card).toContainText(`${yuan(onSale!.price.calculated_amount)} 起`)
  await expect(card.locator("s")).toHaveText(yuan(onSale!.price.original_amount))
  await expect(card.getByText("节日价", { exact: true })).toBeVisible()
  await card.scrollIntoViewIfNeeded()
  await shot(page, testInfo, "01-festival")
})
