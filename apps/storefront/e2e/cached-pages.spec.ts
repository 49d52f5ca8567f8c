import { addToCart, currentFestival, expect, store, test } from "./helpers"
// @ts-ignore plain ESM helper of the backend: a buyer on the store API, as `npm run simulate:festival` buys
import { placeOrder } from "../../backend/bin/shopper.mjs"

const PAGES = ["/", "/categories/jujubes", "/categories/jujubes?sort=price_asc", "/products/alar-junzao-jujube-special", "/en/products?page=2"]

/**
 * A page as a browser without cookies would get it: the HTML and whether Next served it from its cache (HIT, or STALE
 * while a revalidation the backend asked for renders it again in the background).
 */
async function fetchPage(baseURL: string, path: string, cookie?: string) {
  const res = await fetch(`${baseURL}${path}`, { headers: cookie ? { cookie } : {} })
  expect(res.status, path).toBe(200)
  return { cache: res.headers.get("x-nextjs-cache"), html: await res.text() }
}

test("shop pages are cached HTML that holds nobody's cart; the header counts the cart in the browser", async ({ page, baseURL }) => {
  for (const path of PAGES) {
    await fetchPage(baseURL!, path)
    expect(["HIT", "STALE"], `${path} the second time`).toContain((await fetchPage(baseURL!, path)).cache)
  }
  // Sorting and paging are cached pages of their own: the order and the page number are the query's.
  const cheapestFirst = (await fetchPage(baseURL!, "/categories/jujubes?sort=price_asc")).html
  expect(cheapestFirst).toMatch(/<option value="price_asc" selected=""/)
  expect((await fetchPage(baseURL!, "/en/products?page=2")).html).toContain("Page 2 of 2")

  await addToCart(page, "alar-junzao-jujube-special", "5 kg")
  await expect(page.getByTestId("cart-count")).toHaveText("1")
  const cookies = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ")
  expect(cookies).toContain("_tarim_cart_n=1")
  // The same cached HTML for this shopper as for anyone: no cart id, no count in it.
  const mine = await fetchPage(baseURL!, "/products/alar-junzao-jujube-special", cookies)
  expect(["HIT", "STALE"]).toContain(mine.cache)
  const cartId = (await page.context().cookies()).find((c) => c.name === "_tarim_cart")!.value
  expect(mine.html).not.toContain(cartId)
  await page.goto("/categories/jujubes")
  await expect(page.getByTestId("cart-count")).toHaveText("1")
})

test("an order moves the festival bar on an open page without re-rendering the page; the countdown paints real figures", async ({ page, baseURL }) => {
  const festival = await currentFestival()
  // Two boxes of a plentiful product taking part in the festival: its pages show "in stock" before and after.
  const { products } = (await store<{ products: { variants: { id: string; weight: number; inventory_quantity: number }[] }[] }>(
    `/store/products?id[]=${festival!.product_ids[0]}&fields=variants.id,variants.weight,variants.inventory_quantity`
  ))!
  const variant = products[0].variants.find((v) => v.inventory_quantity >= 30)!
  const order = () =>
    placeOrder(process.env.E2E_BACKEND_URL, process.env.E2E_PUBLISHABLE_KEY, {
      items: [{ variant_id: variant.id, quantity: 2 }],
      email: `bar-${Date.now()}@example.com`,
      address: { first_name: "陈", last_name: "晨", phone: "13600136000", province: "浙江省", city: "台州市", address_1: "黄岩区 劳动北路 8 号" },
    })
  // The backend's first stock movement after it started tells the storefront once (it cannot know what pages showed).
  await order()
  await new Promise((r) => setTimeout(r, 2500))
  const before = await currentFestival()
  await fetchPage(baseURL!, "/")
  const home = await fetchPage(baseURL!, "/")
  expect(home.cache).toBe("HIT")
  // The countdown's first paint: days, hours, minutes and seconds, no dashes.
  const countdown = /data-testid="festival-countdown".*?<\/div>/s.exec(home.html)?.[0] ?? ""
  expect(countdown.match(/>(\d{2})</g)?.length).toBe(4)
  expect(countdown).not.toContain("--")

  await page.goto("/")
  await expect(page.getByTestId("festival-progress")).toContainText(`已售 ${before!.progress.tonnes} 吨`)
  await order()
  // The backend shares one festival answer among everyone asking within 2 s: wait for the one with this order.
  const grams = before!.progress.grams + 2 * variant.weight
  await expect.poll(async () => (await currentFestival())!.progress.grams, { timeout: 10_000 }).toBe(grams)
  const after = await currentFestival()
  // The open page polls every 15 s; the home page's HTML stays the cached one.
  await expect(page.getByTestId("festival-progress")).toContainText(`已售 ${after!.progress.tonnes} 吨`, { timeout: 25_000 })
  expect((await fetchPage(baseURL!, "/")).cache).toBe("HIT")
})
