import { admin, expect, test } from "./helpers"

test("an admin edit shows on the product page within seconds (subscriber → POST /api/revalidate)", async ({ page }) => {
  const handle = "dried-figs"
  await page.goto(`/products/${handle}`)
  await expect(page.getByRole("heading", { level: 1, name: "无花果干" })).toBeVisible()
  const { products } = await admin<{ products: { id: string }[] }>(`/admin/products?handle=${handle}&fields=id`)
  const subtitle = `新货到 ${Date.now()}`
  await admin(`/admin/products/${products[0].id}`, { method: "POST", body: { subtitle } })
  await expect(async () => {
    await page.reload()
    await expect(page.getByText(subtitle)).toBeVisible({ timeout: 1000 })
  }).toPass({ timeout: 15_000 })
})

test("the revalidation route refuses a wrong secret", async ({ request }) => {
  const res = await request.post("/api/revalidate", { headers: { "x-revalidate-secret": "nope" }, data: { tags: ["products"] } })
  expect(res.status()).toBe(401)
})
