import { currentFestival, expect, priceOf, shot, test, yuan } from "./helpers"

test("the en locale renders English from messages and from the Translation Module", async ({ page }, testInfo) => {
  await page.goto("/en")
  await expect(page.locator("html")).toHaveAttribute("lang", "en")
  // The stack's seed opens 台阿线上年货节 for ten days: the hero shows it, live, with its progress in English.
  const festival = await currentFestival()
  expect(festival?.status).toBe("live")
  await expect(page.getByRole("heading", { level: 1, name: festival!.title_en })).toBeVisible()
  await expect(page.getByTestId("festival-progress")).toContainText(`${festival!.progress.tonnes} t sold of ${festival!.target_kg / 1000} t target`)
  await expect(page.getByRole("heading", { name: "Shop by category" })).toBeVisible()
  await expect(page.getByRole("link", { name: "Jujubes", exact: true })).toBeVisible()
  await expect(page.getByRole("link", { name: /Alar 12th Regiment Jujube Cooperative/ })).toBeVisible()
  await shot(page, testInfo, "01-home-en")

  await page.goto("/en/products/alar-junzao-jujube-special")
  await expect(page.getByRole("heading", { level: 1, name: "Alar Junzao Jujubes, Special Grade" })).toBeVisible()
  await expect(page.getByText("Choose net weight")).toBeVisible()
  const price = await priceOf("alar-junzao-jujube-special", 5000)
  await expect(page.getByText(`${yuan(Math.round(price * 10) / 100)} per jin (500 g)`)).toBeVisible()
  await expect(page.getByText("Alar, Xinjiang", { exact: true })).toBeVisible()
  await expect(page.getByText("October – November")).toBeVisible()
  await expect(page.getByRole("button", { name: "Add to cart" })).toBeVisible()
  await shot(page, testInfo, "02-product-en")

  // The language switch goes straight to the same page in the other language (no /zh-CN redirect hop) and back.
  const toChinese = page.getByRole("link", { name: "切换到中文" })
  await expect(toChinese).toHaveAttribute("href", "/products/alar-junzao-jujube-special")
  await toChinese.click()
  await expect(page).toHaveURL(/^https?:\/\/[^/]+\/products\/alar-junzao-jujube-special$/)
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN")
  await expect(page.getByRole("heading", { level: 1, name: "阿拉尔骏枣 特级" })).toBeVisible()
  await page.getByRole("link", { name: "Switch to English" }).click()
  await expect(page).toHaveURL(/\/en\/products\/alar-junzao-jujube-special$/)
  await expect(page.getByRole("heading", { level: 1, name: "Alar Junzao Jujubes, Special Grade" })).toBeVisible()

  await page.goto("/en/cooperatives/aksu-tokayi-walnut")
  await expect(page.getByRole("heading", { level: 1, name: "Tokayi Township Walnut Cooperative, Aksu" })).toBeVisible()
  await expect(page.getByRole("link", { name: /Aksu Thin-Shell Walnuts/ })).toBeVisible()
  await shot(page, testInfo, "03-cooperative-en")
})
