import { expect, shot, test } from "./helpers"

test("on a phone, 苹果 from the header search → highlighted results → the 苹果 facet → a product; apple in English", async ({ page }, testInfo) => {
  await page.goto("/")
  const header = page.getByRole("searchbox", { name: "搜索商品" })
  await header.fill("苹果")
  await header.press("Enter")
  await expect(page).toHaveURL(/\/search\?q=/)

  const results = page.getByTestId("search-results")
  const apple = results.getByTestId("search-hit").filter({ hasText: "阿克苏冰糖心苹果" }).first()
  await expect(apple).toBeVisible()
  await expect(apple.locator("mark").first()).toHaveText("苹果")
  await shot(page, testInfo, "01-results")

  // The filters fold away on a phone; the category facet's number is what ticking it yields.
  await page.getByRole("button", { name: "筛选", exact: true }).click()
  const category = page.getByRole("group", { name: "品类" })
  const apples = category.getByRole("checkbox", { name: /^苹果/ })
  const facetCount = Number(await category.locator("label").filter({ has: page.getByRole("checkbox", { name: /^苹果/ }) }).getByTestId("facet-count").textContent())
  expect(facetCount).toBeGreaterThan(0)
  await apples.check()
  await expect(page).toHaveURL(/category=apples/)
  await expect(page.getByTestId("search-count")).toHaveText(`共 ${facetCount} 件商品`)
  await expect(results.getByTestId("search-hit")).toHaveCount(facetCount)
  await shot(page, testInfo, "02-apples-facet")

  await page.getByRole("button", { name: `查看 ${facetCount} 件商品` }).click()
  await apple.click()
  await expect(page).toHaveURL(/\/products\/aksu-/)
  await expect(page.getByRole("heading", { level: 1 })).toContainText("阿克苏冰糖心苹果")

  // Back keeps the search as it was left.
  await page.goBack()
  await expect(page).toHaveURL(/category=apples/)
  await expect(results.getByTestId("search-hit")).toHaveCount(facetCount)

  // English, as you type (no Enter).
  await page.goto("/en/search")
  await page.getByRole("searchbox", { name: "Search products" }).fill("apple")
  await expect(page).toHaveURL(/\/en\/search\?q=apple/)
  const enApple = page.getByTestId("search-hit").filter({ hasText: "Aksu Rock-Sugar-Heart Apple" }).first()
  await expect(enApple).toBeVisible()
  await expect(enApple.locator("mark").first()).toHaveText(/^apple/i)
  await shot(page, testInfo, "03-english")
})
