import AxeBuilder from "@axe-core/playwright"
import { test as base, expect, type Browser, type Page, type TestInfo } from "@playwright/test"

const backendUrl = () => process.env.E2E_BACKEND_URL ?? ""

/** Tests run against the stack global-setup started. */
export const test = base.extend({
  baseURL: async ({}, use) => use(process.env.E2E_BASE_URL),
})
export { expect }

let token: string | undefined

/** The stack's admin user: from global setup, else the backend launcher's TEST_ADMIN (imported lazily: its graph has top-level await). */
async function adminCredentials(): Promise<{ email: string; password: string }> {
  const { E2E_ADMIN_EMAIL: email, E2E_ADMIN_PASSWORD: password } = process.env
  return email && password ? { email, password } : (await import("./stack.mjs")).TEST_ADMIN
}

/** The e2e admin user's bearer token, logged in once. */
async function adminToken(): Promise<string> {
  if (!token) {
    const res = await fetch(`${backendUrl()}/auth/user/emailpass`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(await adminCredentials()),
    })
    expect(res.status, "admin login").toBe(200)
    token = ((await res.json()) as { token: string }).token
  }
  return token
}

/** Calls the Medusa admin API as the e2e admin user (bearer token). */
export async function admin<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const res = await fetch(`${backendUrl()}${path}`, {
    method: init.method ?? "GET",
    headers: { authorization: `Bearer ${await adminToken()}`, "content-type": "application/json" },
    body: init.body ? JSON.stringify(init.body) : undefined,
  })
  expect(res.status, `${init.method ?? "GET"} ${path}`).toBeLessThan(300)
  return (await res.json()) as T
}

/** Uploads files through the admin API (POST /admin/uploads), as the admin's product form does; resolves with their URLs. */
export async function uploadFiles(files: { name: string; type: string; bytes: Buffer }[]): Promise<string[]> {
  const form = new FormData()
  for (const f of files) form.append("files", new Blob([new Uint8Array(f.bytes)], { type: f.type }), f.name)
  const res = await fetch(`${backendUrl()}/admin/uploads`, { method: "POST", headers: { authorization: `Bearer ${await adminToken()}` }, body: form })
  expect(res.status, "POST /admin/uploads").toBe(200)
  return ((await res.json()) as { files: { url: string }[] }).files.map((f) => f.url)
}

/** GET on the store API with the stack's publishable key; null on 404. */
export async function store<T>(path: string): Promise<T | null> {
  const res = await fetch(`${backendUrl()}${path}`, { headers: { "x-publishable-api-key": process.env.E2E_PUBLISHABLE_KEY ?? "" } })
  if (res.status === 404) return null
  expect(res.status, `GET ${path}`).toBe(200)
  return (await res.json()) as T
}

/** What the shop charges now for the variant of `handle` weighing `grams` (festival prices included). */
export async function priceOf(handle: string, grams: number): Promise<number> {
  const { regions } = (await store<{ regions: { id: string; currency_code: string }[] }>("/store/regions"))!
  const region = regions.find((r) => r.currency_code === "cny")!
  const { products } = (await store<{ products: { variants: { weight: number; calculated_price: { calculated_amount: number } }[] }[] }>(
    `/store/products?handle=${handle}&region_id=${region.id}&fields=*variants.calculated_price,+variants.weight`
  ))!
  const variant = products[0].variants.find((v) => v.weight === grams)
  expect(variant, `${handle} ${grams} g`).toBeTruthy()
  return variant!.calculated_price.calculated_amount
}

/** "¥1,234.50", as the storefront's formatMoney writes yuan in zh-CN and en. */
export const yuan = (n: number) => `¥${n.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`

export type FestivalDTO = {
  handle: string
  title_zh: string
  title_en: string
  status: string
  target_kg: number
  product_ids: string[]
  progress: { tonnes: string; grams: number }
}

export async function currentFestival(): Promise<FestivalDTO | null> {
  return (await store<{ festival: FestivalDTO }>("/store/festivals/current"))?.festival ?? null
}

export async function orderCount(): Promise<number> {
  return (await admin<{ count: number }>("/admin/orders?limit=1&fields=id")).count
}

/** Stocked, reserved and available units of a SKU across its locations. */
export async function inventoryOf(sku: string) {
  const { inventory_items } = await admin<{
    inventory_items: { location_levels: { stocked_quantity: number; reserved_quantity: number; available_quantity: number }[] }[]
  }>(`/admin/inventory-items?sku=${encodeURIComponent(sku)}&fields=id,sku,*location_levels`)
  expect(inventory_items, `inventory item for ${sku}`).toHaveLength(1)
  const levels = inventory_items[0].location_levels
  const sum = (k: "stocked_quantity" | "reserved_quantity" | "available_quantity") => levels.reduce((n, l) => n + Number(l[k]), 0)
  return { stocked: sum("stocked_quantity"), reserved: sum("reserved_quantity"), available: sum("available_quantity") }
}

/** Saves a full-page screenshot of the current step as a test artifact (test-results/…/NN-name.png). */
export async function shot(page: Page, testInfo: TestInfo, name: string) {
  const path = testInfo.outputPath(`${name}.png`)
  await page.screenshot({ path, fullPage: true })
  await testInfo.attach(name, { path, contentType: "image/png" })
}

/** Fills the checkout's Chinese address. */
export async function fillAddress(page: Page, a: { email: string; name: string; phone: string; province: string; city: string; district: string; street: string }) {
  await page.getByLabel("电子邮箱").fill(a.email)
  await page.getByLabel("收货人姓名").fill(a.name)
  await page.getByLabel("手机号码").fill(a.phone)
  if (a.province) await page.getByLabel("省 / 自治区 / 直辖市").selectOption(a.province)
  await page.getByLabel("城市").fill(a.city)
  await page.getByLabel("区 / 县").fill(a.district)
  await page.getByLabel("详细地址").fill(a.street)
}

/** Adds one box of `weight` of the product at `handle` to the cart. */
export async function addToCart(page: Page, handle: string, weight: string) {
  await page.goto(`/products/${handle}`)
  await page.getByRole("radio", { name: weight, exact: true }).check()
  await page.getByRole("button", { name: "加入购物车" }).click()
  await expect(page.getByRole("status").filter({ hasText: "已加入购物车" })).toBeVisible()
}

/** WCAG 2.1 A and AA plus axe's best practices (heading order, landmarks, one h1…). */
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]

/** Scans the page as it stands and fails with one readable line per broken rule: rule, impact and where. */
export async function expectNoViolations(page: Page, what: string) {
  const { violations, passes } = await new AxeBuilder({ page }).withTags(TAGS).analyze()
  const found = violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)
  expect(found, `accessibility violations on ${what}`).toEqual([])
  // A scan that checked nothing (blank page, wrong frame) must not pass as clean.
  expect(passes.length, `rules axe checked on ${what}`).toBeGreaterThan(20)
}

/** The organizer works at a desk: the Medusa admin in a desktop-sized window, logged in as the stack's admin user. */
export async function organizer(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, isMobile: false, hasTouch: false, locale: "zh-CN" })
  const page = await context.newPage()
  await page.goto(`${process.env.E2E_BACKEND_URL}/app/login`)
  await page.locator('input[name="email"]').fill(process.env.E2E_ADMIN_EMAIL ?? "admin@tarim.test")
  await page.locator('input[name="password"]').fill(process.env.E2E_ADMIN_PASSWORD ?? "test-admin-password")
  await page.locator('button[type="submit"]').click()
  await expect(page).not.toHaveURL(/\/login/, { timeout: 30_000 })
  return page
}
