import { addToCart, currentFestival, expect, expectNoViolations, test } from "./helpers"

test("every shopper page and the co-op portal's public pages pass axe (WCAG 2.1 AA and best practices) in Chinese and English", async ({ page }) => {
  const festival = await currentFestival()
  const pages: [string, string][] = [
    ["/", "h1"],
    ["/categories/jujubes", "h1"],
    ["/products", "h1"],
    ["/products/alar-junzao-jujube-special", "h1"],
    ["/cooperatives/aksu-tokayi-walnut", "h1"],
    ["/search?q=红枣", "[data-testid=search-hit]"],
    ["/account/login", "h1"],
    ["/account/register", "h1"],
    ["/cart", "h1"],
    ["/en", "h1"],
    ["/en/products/alar-junzao-jujube-special", "h1"],
    ["/this-page-does-not-exist", "h1"],
    ["/coop/login", "h1"],
    ["/en/coop/login", "h1"],
    ["/coop/invite/not-a-real-invitation-token-000000", "h1"],
    ["/coop/forgot-password", "h1"],
  ]
  expect(festival, "the stack's seeded festival").not.toBeNull()
  pages.push([`/festivals/${festival!.handle}`, "h1"])
  for (const [path, ready] of pages) {
    await page.goto(path)
    await expect(page.locator(ready).first()).toBeVisible()
    await expectNoViolations(page, path)
  }
})

test("cart and checkout pass axe, with field errors showing too", async ({ page }) => {
  await addToCart(page, "green-raisins", "500 g")
  await page.goto("/cart")
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible()
  await expectNoViolations(page, "/cart with a line")

  await page.goto("/checkout")
  await expect(page.getByRole("button", { name: "提交订单" })).toBeVisible()
  await expectNoViolations(page, "/checkout")

  // Submitting the empty form marks its fields invalid; errors must stay announced and labelled.
  await page.getByRole("button", { name: "提交订单" }).click()
  await expect(page.locator("#checkout-message")).toBeVisible()
  await expect(page.getByLabel("手机号码")).toHaveAttribute("aria-invalid", "true")
  await expectNoViolations(page, "/checkout with field errors")
})
