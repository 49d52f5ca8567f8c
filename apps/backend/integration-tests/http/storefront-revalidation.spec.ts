import { createServer, type IncomingMessage } from "node:http"
import type { AddressInfo } from "node:net"
import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { seededShop } from "../helpers"
import { shop } from "../coop/helpers"
// @ts-ignore plain ESM helper shared with `npm run simulate:festival`
import { placeOrder } from "../../bin/shopper.mjs"

/**
 * The storefront's pages are cached HTML (issue #14): orders must not flush them. This suite stands in for the
 * storefront's POST /api/revalidate with a real HTTP server and records what the backend tells it while shoppers buy.
 */
const SECRET = "revalidation-spec-secret"
const received: { tags: string[]; secret: string | undefined }[] = []
const sink = createServer(async (req: IncomingMessage, res) => {
  let body = ""
  for await (const chunk of req) body += chunk
  if (req.url === "/api/revalidate") received.push({ tags: JSON.parse(body).tags, secret: req.headers["x-revalidate-secret"] as string })
  res.writeHead(200, { "content-type": "application/json" }).end("{}")
})
const saved = { url: process.env.STOREFRONT_URL, secret: process.env.REVALIDATE_SECRET }

// Before the runner's own hooks boot the app, which reads STOREFRONT_URL and REVALIDATE_SECRET from the environment.
beforeAll(async () => {
  await new Promise<void>((resolve) => sink.listen(0, "127.0.0.1", resolve))
  process.env.STOREFRONT_URL = `http://127.0.0.1:${(sink.address() as AddressInfo).port}`
  process.env.REVALIDATE_SECRET = SECRET
})

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** The revalidations posted for what `act` does: waits until none has arrived for 1.5 s (a stock check waits 250 ms). */
async function revalidationsOf(act: () => Promise<unknown>) {
  received.length = 0
  await act()
  let seen = -1
  while (seen !== received.length) {
    seen = received.length
    await wait(1500)
  }
  return received.map((r) => r.tags)
}

const ADDRESS = { first_name: "周", last_name: "杰", address_1: "椒江区 2 号", city: "台州", province: "浙江", postal_code: "318000", phone: "13700004000" }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let url: string
    let key: string
    let variant: (sku: string) => string

    beforeAll(async () => {
      ;({ url, key } = await seededShop(getContainer(), api))
      ;({ variant } = await shop(getContainer()))
      // The first movement after boot (the seed's) tells the storefront once: it cannot know what pages showed before.
      await revalidationsOf(() => buy("aksu-thin-shell-walnut-1000g"))
    })

    afterAll(async () => {
      process.env.STOREFRONT_URL = saved.url
      process.env.REVALIDATE_SECRET = saved.secret
      await new Promise((r) => sink.close(r))
    })

    const buy = (sku: string, quantity = 1) =>
      placeOrder(url, key, { items: [{ variant_id: variant(sku), quantity }], email: `rv-${Date.now()}-${Math.random()}@tarim.test`, address: ADDRESS })

    /** Sets a SKU's stock at its one warehouse so that exactly `left` can still be bought. */
    const leaveOnly = async (sku: string, left: number) => {
      const inventory = getContainer().resolve(Modules.INVENTORY)
      const [item] = await inventory.listInventoryItems({ sku })
      const [level] = await inventory.listInventoryLevels({ inventory_item_id: item.id })
      await inventory.updateInventoryLevels([{ inventory_item_id: item.id, location_id: level.location_id, stocked_quantity: Number(level.reserved_quantity) + left }])
    }

    it("orders that leave every page's stock as shown revalidate nothing", async () => {
      // Five buyers at once and then three more, of a walnut box with 190+ left: every page still says "in stock".
      const quiet = await revalidationsOf(async () => {
        await Promise.all(Array.from({ length: 5 }, () => buy("aksu-thin-shell-walnut-1000g")))
        for (let i = 0; i < 3; i++) await buy("aksu-thin-shell-walnut-1000g", 2)
      })
      expect(quiet).toEqual([])
      const { data } = await api.get("/store/products?handle=aksu-thin-shell-walnut&fields=variants.sku,variants.inventory_quantity", {
        headers: { "x-publishable-api-key": key },
      })
      expect(data.products[0].variants.find((v: any) => v.sku === "aksu-thin-shell-walnut-1000g").inventory_quantity).toBe(200 - 1 - 5 - 6)
    })

    it("a variant's page is revalidated when its shown stock changes: in stock → only N left → sold out", async () => {
      const sku = "korla-fragrant-pear-5000g"
      expect(await revalidationsOf(() => leaveOnly(sku, 12))).toEqual([]) // 12 left still reads "in stock"
      expect(await revalidationsOf(() => buy(sku))).toEqual([]) // 11
      expect(await revalidationsOf(() => buy(sku))).toEqual([["products"]]) // 10: "only 10 left"
      expect(received[0].secret).toBe(SECRET)
      expect(await revalidationsOf(() => buy(sku, 3))).toEqual([["products"]]) // 7
      expect(await revalidationsOf(() => leaveOnly(sku, 1))).toEqual([["products"]]) // 1
      expect(await revalidationsOf(() => buy(sku))).toEqual([["products"]]) // 0: sold out
      // The gift box made of the walnut box shows its scarcest part: walnuts down to 1 → the box is "only 1 left" too.
      expect(await revalidationsOf(() => leaveOnly("aksu-thin-shell-walnut-1000g", 1))).toEqual([["products"]])
    })
  },
})
