import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { orderPlacedNotification } from "../../src/lib/messages"
import { REPORT_VIEWS_SQL } from "../../src/modules/festival/report-views"
import { nextAppleHarvest } from "../../src/scripts/seed/catalog"
import { type AdminCall, adminHeaders, seededShop } from "../helpers"
import { coopMember, seededCoop } from "../coop/helpers"
// @ts-ignore plain ESM helpers shared with `npm run bench:flash`
import { readyBuyers, rush, summarise } from "../../bin/flash-sale.mjs"

/**
 * Pre-sale (预售, issue #13): a variant of the next harvest with a ship-from date and a cap (its stock), set in the
 * admin; the store shows the date, an order records it, the report counts it apart, and the cap sells out.
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: AdminCall
    let key: string
    let url: string
    let festivalId: string
    const headers = () => ({ headers: { "x-publishable-api-key": key } })

    beforeAll(async () => {
      const container = getContainer()
      await container.resolve(ContainerRegistrationKeys.PG_CONNECTION).raw(REPORT_VIEWS_SQL)
      ;({ admin, key, url } = await seededShop(container, api))
      festivalId = (await admin("GET", "/admin/festivals")).festivals[0].id
    })

    const storeVariants = async (handle: string) => {
      const { data } = await api.get(`/store/products?handle=${handle}&fields=id,variants.id,variants.sku,variants.inventory_quantity,*variants.presale`, headers())
      return { id: data.products[0].id as string, variants: data.products[0].variants as any[] }
    }
    /** The answer to a pre-sale setting, without throwing on a 4xx. */
    const setPresale = async (productId: string, body: unknown) =>
      api.post(`/admin/products/${productId}/presale`, body, { ...(await adminHeaders(getContainer(), api)), validateStatus: () => true })

    it("the seeded new-season apples are a pre-sale: ship date on every variant, stock as the cap", async () => {
      const { id, variants } = await storeVariants("aksu-rock-sugar-apple-new-season")
      const shipsOn = nextAppleHarvest()
      expect(variants.map((v) => [v.sku, v.presale?.ships_on, v.inventory_quantity]).sort()).toEqual([
        ["aksu-rock-sugar-apple-new-season-10000g", shipsOn, 100],
        ["aksu-rock-sugar-apple-new-season-5000g", shipsOn, 300],
      ])
      const { variants: listed } = await admin("GET", `/admin/products/${id}/presale`)
      expect(listed.map((v: any) => [v.sku, v.ships_on, v.stocked, v.sold]).sort()).toEqual([
        ["aksu-rock-sugar-apple-new-season-10000g", shipsOn, 100, 0],
        ["aksu-rock-sugar-apple-new-season-5000g", shipsOn, 300, 0],
      ])
      const { variants: inStock } = await storeVariants("aksu-rock-sugar-heart-apple")
      expect(inStock.every((v) => !v.presale)).toBe(true)
    })

    it("set in the admin: bad settings are 400s naming the problem and change nothing", async () => {
      const pears = await storeVariants("korla-fragrant-pear")
      const box = await storeVariants("tai-a-new-year-gift-box")
      const variant = pears.variants[0].id
      const before = await admin("GET", `/admin/products/${pears.id}/presale`)
      const tries: Array<[string, unknown, RegExp]> = [
        [pears.id, { variant_id: variant, ships_on: "2020-10-20", cap: 5 }, /the ship date 2020-10-20 is not in the future/],
        [pears.id, { variant_id: variant, ships_on: "2099-02-30", cap: 5 }, /ships_on must be a date like 2027-10-20, got "2099-02-30"/],
        [pears.id, { variant_id: variant, ships_on: "next autumn", cap: 5 }, /ships_on must be a date like 2027-10-20/],
        [pears.id, { variant_id: variant, ships_on: "2099-10-20" }, /a pre-sale needs a cap/],
        [pears.id, { variant_id: variant, ships_on: "2099-10-20", cap: -1 }, /cap/],
        [box.id, { variant_id: box.variants[0].id, ships_on: "2099-10-20", cap: 5 }, /a gift box draws on its parts' stock and cannot be sold ahead/],
        [pears.id, { variant_id: box.variants[0].id, ships_on: "2099-10-20", cap: 5 }, /has no variant/],
      ]
      for (const [productId, body, message] of tries) {
        const answer = await setPresale(productId, body)
        expect([answer.status, answer.data.message]).toEqual([expect.any(Number), expect.stringMatching(message)])
        expect([400, 404]).toContain(answer.status)
      }
      expect(await admin("GET", `/admin/products/${pears.id}/presale`)).toEqual(before)
    })

    it("an order records the ship date, the report counts it apart, and the cap sells out", async () => {
      const figs = await storeVariants("dried-figs")
      const variant = figs.variants.find((v) => v.sku === "dried-figs-500g")!
      const set = await admin("POST", `/admin/products/${figs.id}/presale`, { variant_id: variant.id, ships_on: "2099-08-01", cap: 3 })
      expect(set.variants.find((v: any) => v.id === variant.id)).toMatchObject({ ships_on: "2099-08-01", stocked: 3, sold: 0 })
      expect((await storeVariants("dried-figs")).variants.find((v) => v.id === variant.id)).toMatchObject({ presale: { ships_on: "2099-08-01" }, inventory_quantity: 3 })

      const report = async (presale?: string) =>
        (await admin("GET", `/admin/festivals/${festivalId}/report?by=category${presale ? `&presale=${presale}` : ""}`)).report
      const before = await report()
      const carts: string[] = await readyBuyers([url], key, { count: 3, items: () => [{ variant_id: variant.id, quantity: 2 }] })
      const { answers } = await rush([url], key, carts)
      expect(summarise(answers).answers).toEqual({ 200: 1, 409: 2 }) // a cap of 3 holds one order of 2
      const order = answers.find((a: any) => a.status === 200).body.order
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      let line: any
      for (let i = 0; i < 50 && !line?.metadata?.net_weight_g; i++) {
        await new Promise((r) => setTimeout(r, 100))
        ;({ data: [{ items: [line] }] } = (await query.graph({ entity: "order", fields: ["items.metadata"], filters: { id: order.id } })) as any)
      }
      expect(line.metadata).toMatchObject({ net_weight_g: 500, presale_ships_on: "2099-08-01" })
      // The store's order page reads the day the order recorded (Medusa's own answer hid the line's metadata).
      const { data: shown } = await api.get(`/store/orders/${order.id}?fields=id,*items`, headers())
      expect(shown.order.items[0].metadata).toMatchObject({ presale_ships_on: "2099-08-01" })
      // The shopper's "we have your order" message names the day it ships.
      let message: any
      for (let i = 0; i < 50 && !message; i++) {
        ;[message] = await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ to: order.email, template: "order-placed" })
        if (!message) await new Promise((r) => setTimeout(r, 100))
      }
      expect(message.data.items).toEqual([{ title: expect.stringContaining("无花果"), quantity: 2, ships_on: "2099-08-01" }])
      // What an email provider sends (the record keeps the data): both languages name the day.
      const { html } = orderPlacedNotification(order.email, message.data).content!
      expect(html).toContain("无花果干 500 g × 2（预售，2099-08-01 起发货）")
      expect(html).toContain("无花果干 500 g × 2 (pre-sale, ships from 2099-08-01)")

      const after = await report()
      expect(after.totals.grams - before.totals.grams).toBe(1000)
      expect(after.totals.presale_grams - before.totals.presale_grams).toBe(1000)
      const only = await report("only")
      const exclude = await report("exclude")
      expect(only.totals.grams).toBe(after.totals.presale_grams)
      expect(only.totals.grams + exclude.totals.grams).toBe(after.totals.grams)
      expect(only.breakdowns.category.map((row: any) => [row.key, row.grams])).toEqual([["干果", 1000]])

      // One unit is left of the cap; then none: sold out like anything else.
      expect((await storeVariants("dried-figs")).variants.find((v) => v.id === variant.id).inventory_quantity).toBe(1)
      const [last] = await readyBuyers([url], key, { count: 1, items: () => [{ variant_id: variant.id, quantity: 1 }] })
      expect((await rush([url], key, [last])).answers[0].status).toBe(200)
      expect((await storeVariants("dried-figs")).variants.find((v) => v.id === variant.id).inventory_quantity).toBe(0)
      // Sold out: Medusa refuses it in a cart already.
      await expect(readyBuyers([url], key, { count: 1, items: () => [{ variant_id: variant.id, quantity: 1 }] })).rejects.toThrow(
        /400 Some variant does not have the required inventory/
      )

      // The cap cannot go below what is sold; stopping the pre-sale takes the date off the store.
      const lowered = await setPresale(figs.id, { variant_id: variant.id, ships_on: "2099-08-01", cap: 2 })
      expect([lowered.status, lowered.data.message]).toEqual([400, expect.stringMatching(/the cap 2 is below the 3 units already sold ahead/)])
      await admin("POST", `/admin/products/${figs.id}/presale`, { variant_id: variant.id, ships_on: null })
      expect((await storeVariants("dried-figs")).variants.find((v) => v.id === variant.id).presale ?? null).toBeNull()
    })

    it("the co-op lists its pre-sale orders still to ship, the earliest ship date first, each line with its date", async () => {
      const apples = await storeVariants("aksu-rock-sugar-apple-new-season")
      const fuji = await storeVariants("alar-red-fuji-apple")
      const later = fuji.variants[0]
      // A second pre-sale of the same co-op that ships earlier than the new-season apples.
      await admin("POST", `/admin/products/${fuji.id}/presale`, { variant_id: later.id, ships_on: "2027-09-01", cap: 50 })
      const buy = async (variantId: string) => {
        const [cart] = await readyBuyers([url], key, { count: 1, items: () => [{ variant_id: variantId, quantity: 1 }] })
        return (await rush([url], key, [cart])).answers[0].body.order.id as string
      }
      const appleOrder = await buy(apples.variants[0].id)
      const fujiOrder = await buy(later.id)
      const coop = await seededCoop(getContainer(), "alar-10th-regiment-orchard")
      const member = await coopMember(api, { headers: (await adminHeaders(getContainer(), api)).headers }, coop.id, `presale-${Date.now()}@coop.test`)
      let orders: any[] = []
      for (let i = 0; i < 50; i++) {
        ;({ orders } = (await api.get("/coop/orders?status=presale", member)).data)
        if (orders.flatMap((o) => o.lines).every((l: any) => l.ships_on) && orders.length >= 2) break
        await new Promise((r) => setTimeout(r, 100)) // the ship date is recorded on order.placed
      }
      expect(orders.map((o) => o.id)).toEqual([fujiOrder, appleOrder])
      expect(orders.map((o) => o.lines.map((l: any) => l.ships_on))).toEqual([["2027-09-01"], [nextAppleHarvest()]])
      const { orders: waiting } = (await api.get("/coop/orders?status=waiting", member)).data
      expect(waiting.map((o: any) => o.id)).toEqual(expect.arrayContaining([fujiOrder, appleOrder]))
    })
  },
})
