import { spawnSync } from "node:child_process"
import path from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { DEMO_ORDER_COUNT, seedDemoCatalog } from "../../src/scripts/seed"
import { DEMO_FESTIVAL_HANDLE } from "../../src/scripts/seed/festival"
import { REPORT_VIEWS_SQL } from "../../src/modules/festival/report-views"
import { refreshFestivalSearchFlagsWorkflow } from "../../src/workflows/refresh-festival-search-flags"
import { report as recompute, type SoldLine } from "@tarim/tonnage"
import { adminHeaders, failure, storeHeaders } from "../helpers"
// @ts-ignore plain ESM helper shared with `npm run simulate:festival`
import { placeOrder } from "../../bin/shopper.mjs"

const address = { first_name: "林", last_name: "晓", phone: "13800001234", province: "浙江省", city: "台州市", address_1: "椒江区 市府大道 100 号" }
const tonnageCli = path.resolve(__dirname, "../../../../packages/tonnage/dist/cli-bin.js")

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConfig }) => {
    let admin: { headers: Record<string, string> }
    let store: { headers: Record<string, string> }
    let festivalId: string
    const variant: Record<string, { id: string; weight: number }> = {}

    beforeAll(async () => {
      const container = getContainer()
      // What `medusa db:migrate` does through src/migration-scripts; the test runner only migrates and syncs links.
      await container.resolve(ContainerRegistrationKeys.PG_CONNECTION).raw(REPORT_VIEWS_SQL)
      await seedDemoCatalog(container)
      admin = await adminHeaders(container, api)
      store = await storeHeaders(container)
      const { data } = await api.get("/admin/festivals", admin)
      festivalId = data.festivals[0].id
      const { data: products } = await api.get("/store/products?limit=50&fields=handle,variants.id,variants.sku,variants.weight", store)
      for (const p of products.products) for (const v of p.variants) variant[v.sku] = { id: v.id, weight: v.weight }
    })

    const report = async () => (await api.get(`/admin/festivals/${festivalId}/report?by=day,category,cooperative,product`, admin)).data.report
    const buy = (items: Array<[string, number]>) =>
      placeOrder(api.defaults.baseURL, store.headers["x-publishable-api-key"], {
        email: `buyer-${Date.now()}@tarim.test`,
        address,
        items: items.map(([sku, quantity]) => ({ variant_id: variant[sku].id, quantity })),
      })
    const snapshotDone = async (orderId: string) => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      for (let i = 0; i < 50; i++) {
        const { data } = await query.graph({ entity: "order", fields: ["items.metadata"], filters: { id: orderId } })
        if (data[0].items?.every((item: any) => item.metadata?.net_weight_g)) return
        await new Promise((r) => setTimeout(r, 100))
      }
      throw new Error(`order ${orderId} never got its weight snapshot`)
    }

    describe("the demo festival", () => {
      it("is live for ten days with a 200 t target, every product and festival prices", async () => {
        const { data } = await api.get("/store/festivals/current", store)
        const festival = data.festival
        expect(festival).toMatchObject({ handle: DEMO_FESTIVAL_HANDLE, title_zh: "台阿线上年货节", status: "live", target_kg: 200_000 })
        expect(new Date(festival.ends_at).getTime() - new Date(festival.starts_at).getTime()).toBe(10 * 24 * 3600 * 1000)
        expect(festival.product_ids).toHaveLength(17)
        expect(festival.progress.orders).toBe(DEMO_ORDER_COUNT)
        expect(festival.progress.grams).toBeGreaterThan(0)

        const { data: priced } = await api.get(
          `/store/products?handle=alar-junzao-jujube-special&region_id=${(await api.get("/store/regions", store)).data.regions[0].id}&fields=*variants.calculated_price`,
          store
        )
        const fiveKg = priced.products[0].variants.find((v: any) => v.weight === 5000)
        expect(fiveKg.calculated_price).toMatchObject({ calculated_amount: 169, original_amount: 188, is_calculated_price_price_list: true })
      })

      it("answers a repeat request carrying the progress' ETag with 304, and still requires the publishable key", async () => {
        const first = await api.get("/store/festivals/current", store)
        expect(first.headers.etag).toMatch(/^"[\w-]+"$/)
        const again = await api.get("/store/festivals/current", {
          headers: { ...store.headers, "if-none-match": first.headers.etag },
          validateStatus: () => true,
        })
        expect(again.status).toBe(304)
        expect((await failure(api.get("/store/festivals/current"))).status).toBe(400)
      })
    })

    describe("one window for the festival and its prices", () => {
      const minute = 60_000
      const at = (offset: number) => new Date(Date.now() + offset).toISOString()
      const priceNow = async () => {
        const regionId = (await api.get("/store/regions", store)).data.regions[0].id
        const { data: priced } = await api.get(
          `/store/products?handle=alar-junzao-jujube-special&region_id=${regionId}&fields=*variants.calculated_price`,
          store
        )
        return priced.products[0].variants.find((v: any) => v.weight === 5000).calculated_price.calculated_amount
      }
      const listWindow = async () => {
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const {
          data: [festival],
        } = await query.graph({ entity: "festival", fields: ["price_list.starts_at", "price_list.ends_at"], filters: { id: festivalId } })
        const list = (festival as any).price_list
        return { starts_at: new Date(list.starts_at).toISOString(), ends_at: new Date(list.ends_at).toISOString() }
      }
      const keepWindow = async (check: () => Promise<void>) => {
        const { data } = await api.get(`/admin/festivals/${festivalId}`, admin)
        const original = { starts_at: data.festival.starts_at, ends_at: data.festival.ends_at }
        try {
          await check()
        } finally {
          await api.post(`/admin/festivals/${festivalId}`, original, admin)
        }
        expect(await listWindow()).toEqual(original)
        expect(await priceNow()).toBe(169)
      }

      it("moving the festival's dates moves its prices: checked on both sides of each edge", async () => {
        const edges: Array<[string, { starts_at: string; ends_at: string }, number]> = [
          ["just after it opens", { starts_at: at(-minute), ends_at: at(10 * minute) }, 169],
          ["just before it opens", { starts_at: at(minute), ends_at: at(10 * minute) }, 188],
          ["just before it closes", { starts_at: at(-10 * minute), ends_at: at(minute) }, 169],
          ["just after it closed", { starts_at: at(-10 * minute), ends_at: at(-minute) }, 188],
        ]
        await keepWindow(async () => {
          for (const [edge, window, price] of edges) {
            await api.post(`/admin/festivals/${festivalId}`, window, admin)
            expect(await listWindow(), edge).toEqual(window)
            expect(await priceNow(), edge).toBe(price)
          }
        })
      })

      it("a window that opens by itself shows festival prices once the minute job has run, not an hour later", async () => {
        await keepWindow(async () => {
          const opensAt = Date.now() + 3000
          await api.post(`/admin/festivals/${festivalId}`, { starts_at: new Date(opensAt).toISOString(), ends_at: at(10 * minute) }, admin)
          expect(await priceNow()).toBe(188) // now in Medusa's cache of store reads
          await new Promise((r) => setTimeout(r, opensAt - Date.now() + 500))
          const { result: stale } = await refreshFestivalSearchFlagsWorkflow(getContainer()).run()
          expect(stale.length).toBeGreaterThan(0)
          expect(await priceNow()).toBe(169)
        })
      })
    })

    describe("tonnage follows orders to the gram", () => {
      it("adds exactly the net grams of orders placed through the store API", async () => {
        const before = await report()
        const first = await buy([["alar-junzao-jujube-special-5000g", 2], ["aksu-thin-shell-walnut-2500g", 1]])
        const second = await buy([["korla-fragrant-pear-10000g", 1]])
        await Promise.all([snapshotDone(first.id), snapshotDone(second.id)])
        const after = await report()
        expect(after.totals.grams - before.totals.grams).toBe(2 * 5000 + 2500 + 10000)
        expect(after.totals.orders - before.totals.orders).toBe(2)
        // Festival prices: 169 ×2 + 89 (99 −10 %) + 179 (199 −10 %), in fen.
        expect(after.totals.amounts.CNY - before.totals.amounts.CNY).toBe((2 * 169 + 89 + 179) * 100)
        const jujubes = (r: any) => r.breakdowns.category.find((row: any) => row.key === "红枣")?.grams ?? 0
        expect(jujubes(after) - jujubes(before)).toBe(10000)
        const tokayi = (r: any) => r.breakdowns.cooperative.find((row: any) => row.key === "阿克苏市托喀依乡核桃合作社")?.grams ?? 0
        expect(tokayi(after) - tokayi(before)).toBe(2500)

        await new Promise((r) => setTimeout(r, 2100)) // the store's progress is shared for two seconds
        const { data } = await api.get("/store/festivals/current", store)
        expect(data.festival.progress.grams).toBe(after.totals.grams)
        expect(data.festival.progress.tonnes).toBe(after.totals.tonnes)
        expect(data.festival.progress.percent).toBe(after.progress.percent)
      })

      it("counts a gift box whole by product and part by part by category and co-op, to the gram and the fen", async () => {
        const before = await report()
        const order = await buy([["tai-a-new-year-gift-box-5000g", 1], ["aksu-thin-shell-walnut-1000g", 1]])
        await snapshotDone(order.id)
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data: [placed] } = await query.graph({ entity: "order", fields: ["items.variant_sku", "items.metadata"], filters: { id: order.id } })
        const box = placed.items!.find((item: any) => item.variant_sku === "tai-a-new-year-gift-box-5000g")!
        expect(box.metadata).toMatchObject({
          net_weight_g: 5000,
          parts: [
            { sku: "aksu-thin-shell-walnut-1000g", quantity: 2, net_weight_g: 2000 },
            { sku: "alar-junzao-jujube-special-1000g", quantity: 2, net_weight_g: 2000 },
            { sku: "green-raisins-500g", quantity: 2, net_weight_g: 1000 },
          ],
        })
        const after = await report()
        const gained = (dimension: string) => {
          const figures = (r: any, key: string) => r.breakdowns[dimension].find((row: any) => row.key === key) ?? { grams: 0, units: 0, amounts: {} }
          return Object.fromEntries(
            after.breakdowns[dimension].map((row: any) => [row.key, figures(after, row.key)]).map(([key, now]: any) => {
              const then = figures(before, key)
              return [key, [now.grams - then.grams, now.units - then.units, (now.amounts.CNY ?? 0) - (then.amounts.CNY ?? 0)]]
            }).filter(([, [grams]]: any) => grams !== 0)
          )
        }
        // Festival prices: the box 268 (298 −10 %), the walnuts 41 (45 −10 %, rounded); the box's 26800 fen shared
        // by weight over 0–2000–4000–5000 g: 10720, 10720, 5360.
        expect(after.totals.grams - before.totals.grams).toBe(5000 + 1000)
        expect(after.totals.amounts.CNY - before.totals.amounts.CNY).toBe(26800 + 4100)
        expect(gained("product")).toEqual({ 台阿年货礼盒: [5000, 1, 26800], 阿克苏薄皮核桃: [1000, 1, 4100] })
        expect(gained("category")).toEqual({ 红枣: [2000, 2, 10720], 核桃与坚果: [3000, 3, 10720 + 4100], 干果: [1000, 2, 5360] })
        expect(gained("cooperative")).toEqual({
          阿拉尔市十二团红枣专业合作社: [2000, 2, 10720],
          阿克苏市托喀依乡核桃合作社: [3000, 3, 14820],
          阿拉尔市十四团干果合作社: [1000, 2, 5360],
        })
      })

      it("equals a recomputation in memory from Medusa's orders and products, gift boxes part by part", async () => {
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data: [festival] } = await query.graph({ entity: "festival", fields: ["starts_at", "ends_at", "timezone", "target_kg", "products.id"], filters: { id: festivalId } })
        const { data: products } = await query.graph({ entity: "product", fields: ["id", "categories.name", "categories.rank", "cooperative.name_zh"] })
        const place = new Map(products.map((p: any) => {
          const [first] = [...(p.categories ?? [])].sort((a: any, b: any) => a.rank - b.rank || a.name.localeCompare(b.name))
          return [p.id, { category: first?.name ?? "未分类", cooperative: p.cooperative?.name_zh ?? "未知合作社" }]
        }))
        const { data: orders } = await query.graph({
          entity: "order",
          fields: ["id", "created_at", "status", "currency_code", "items.quantity", "items.unit_price", "items.product_id", "items.product_title", "items.metadata", "items.detail.quantity", "items.detail.return_received_quantity"],
        })
        const lines: SoldLine[] = orders.flatMap((o: any) =>
          o.items.filter((item: any) => item.metadata?.net_weight_g).map((item: any) => ({
            order_id: o.id,
            placed_at: o.created_at,
            quantity: Number(item.detail.quantity),
            returned_quantity: Number(item.detail?.return_received_quantity ?? 0),
            canceled: o.status === "canceled",
            net_weight_g: item.metadata.net_weight_g,
            amount: Math.round(Number(item.unit_price) * Number(item.detail.quantity) * 100),
            currency: o.currency_code,
            product_id: item.product_id,
            product: item.product_title,
            ...place.get(item.product_id)!,
            presale: Boolean(item.metadata.presale_ships_on),
            ...(item.metadata.parts && {
              parts: item.metadata.parts.map((part: any) => ({ net_weight_g: part.net_weight_g, quantity: part.quantity, ...place.get(part.product_id)! })),
            }),
          }))
        )
        expect(lines.filter((line) => line.parts).length).toBeGreaterThan(0)
        const recomputed = recompute(lines, {
          from: festival.starts_at,
          to: festival.ends_at,
          timezone: festival.timezone,
          target_kg: Number(festival.target_kg),
          product_ids: festival.products!.map((p: any) => p.id),
        })
        const reported = await report()
        expect(reported.totals).toEqual(recomputed.totals)
        expect(reported.breakdowns).toEqual({ ...recomputed.breakdowns })
      })

      it("keeps past figures when a variant's weight is edited later", async () => {
        const order = await buy([["green-raisins-1000g", 3]])
        await snapshotDone(order.id)
        const before = await report()
        await api.post(`/admin/products/${(await api.get(`/store/products?handle=green-raisins&fields=id`, store)).data.products[0].id}/variants/${variant["green-raisins-1000g"].id}`, { weight: 1500 }, admin)
        const after = await report()
        expect(after.totals.grams).toBe(before.totals.grams)
        const raisins = after.breakdowns.product.find((row: any) => row.key === "无核白葡萄干")
        expect(raisins.grams).toBe(before.breakdowns.product.find((row: any) => row.key === "无核白葡萄干").grams)
      })

      it("takes a canceled order out again", async () => {
        const order = await buy([["badam-almonds-1000g", 2]])
        await snapshotDone(order.id)
        const before = await report()
        await api.post(`/admin/orders/${order.id}/cancel`, {}, admin)
        const after = await report()
        expect(before.totals.grams - after.totals.grams).toBe(2000)
        expect(before.totals.orders - after.totals.orders).toBe(1)
      })

      it("takes off exactly the grams of a return once Medusa has received it, in the report and the store's progress", async () => {
        const order = await buy([["alar-junzao-jujube-special-5000g", 3], ["aksu-thin-shell-walnut-2500g", 1]])
        await snapshotDone(order.id)
        const { data } = await api.get(`/admin/orders/${order.id}?fields=id,*items`, admin)
        const jujubes = data.order.items.find((item: any) => item.variant_sku === "alar-junzao-jujube-special-5000g")
        const items = data.order.items.map((item: any) => ({ id: item.id, quantity: item.quantity }))
        await api.post(`/admin/orders/${order.id}/fulfillments`, { items }, admin)
        const { data: fulfilled } = await api.get(`/admin/orders/${order.id}?fields=fulfillments.location_id`, admin)
        const before = await report()

        const location = fulfilled.order.fulfillments[0].location_id
        const { data: created } = await api.post("/admin/returns", { order_id: order.id, location_id: location }, admin)
        const returnId = created.return.id
        await api.post(`/admin/returns/${returnId}/request-items`, { items: [{ id: jujubes.id, quantity: 2 }] }, admin)
        await api.post(`/admin/returns/${returnId}/request`, {}, admin)
        expect((await report()).totals).toEqual(before.totals) // requested is not yet returned

        await api.post(`/admin/returns/${returnId}/receive`, {}, admin)
        await api.post(`/admin/returns/${returnId}/receive-items`, { items: [{ id: jujubes.id, quantity: 2 }] }, admin)
        await api.post(`/admin/returns/${returnId}/receive/confirm`, {}, admin)
        const after = await report()
        expect(before.totals.grams - after.totals.grams).toBe(2 * 5000)
        expect(before.totals.units - after.totals.units).toBe(2)
        expect(after.totals.orders).toBe(before.totals.orders) // one box and the walnuts are kept
        expect(before.totals.amounts.CNY - after.totals.amounts.CNY).toBe(2 * 169 * 100)

        await new Promise((r) => setTimeout(r, 2100)) // the store's progress is shared for two seconds
        const { data: current } = await api.get("/store/festivals/current", store)
        expect(current.festival.progress.grams).toBe(after.totals.grams)
      })

      it("downloads a CSV whose total matches the JSON report and the tarim-tonnage CLI to the gram", async () => {
        const json = await report()
        const csv = await api.get(`/admin/festivals/${festivalId}/report?by=day&format=csv`, {
          ...admin,
          responseType: "arraybuffer",
        })
        expect(csv.headers["content-type"]).toContain("text/csv")
        const bytes = Buffer.from(csv.data)
        expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
        const totalRow = bytes.toString("utf8").trim().split("\r\n").at(-1)!.split(",")
        expect(Number(totalRow[2])).toBe(json.totals.grams)

        const cli = spawnSync(process.execPath, [tonnageCli, "report", "--festival", DEMO_FESTIVAL_HANDLE, "--format", "json"], {
          env: { PATH: process.env.PATH!, DATABASE_URL: `${dbConfig.clientUrl.replace(/\/[^/]*$/, "")}/${dbConfig.dbName}` },
          encoding: "utf8",
        })
        expect(cli.status, cli.stderr).toBe(0)
        expect(JSON.parse(cli.stdout).totals.grams).toBe(json.totals.grams)
      })
    })

    describe("festival admin API rejects bad input and changes nothing", () => {
      const valid = {
        handle: "spring-fruit-2027",
        title_zh: "春季鲜果节",
        title_en: "Spring Fruit Festival",
        starts_at: "2027-03-01T00:00:00+08:00",
        ends_at: "2027-03-08T00:00:00+08:00",
        target_kg: 50_000,
      }
      const count = async () => (await api.get("/admin/festivals", admin)).data.count

      it("creates a valid festival", async () => {
        const { status, data } = await api.post("/admin/festivals", valid, admin)
        expect(status).toBe(201)
        expect(data.festival).toMatchObject({ handle: valid.handle, status: "upcoming", timezone: "Asia/Shanghai", products: [] })
        expect(await count()).toBe(2)
      })

      it.each([
        ["an end before the start", 400, { ...valid, ends_at: "2027-02-01T00:00:00+08:00" }, /must end after it starts/],
        ["a zero target", 400, { ...valid, target_kg: 0 }, /target_kg/],
        ["a negative target", 400, { ...valid, target_kg: -5 }, /target_kg/],
        ["a text target", 400, { ...valid, target_kg: "lots" }, /target_kg/],
        ["a date that is not a date", 400, { ...valid, starts_at: "next spring" }, /starts_at/],
        ["an unknown time zone", 400, { ...valid, timezone: "Mars/Olympus" }, /"Mars\/Olympus" is not an IANA time zone/],
        ["a taken handle", 400, { ...valid, handle: DEMO_FESTIVAL_HANDLE }, new RegExp(DEMO_FESTIVAL_HANDLE)],
        ["an unknown product", 404, { ...valid, product_ids: ["prod_nope"] }, /Products not found: prod_nope/],
        ["an unknown price list", 404, { ...valid, price_list_id: "plist_nope" }, /Price lists not found: plist_nope/],
        ["a 10 000-character title", 400, { ...valid, title_zh: "节".repeat(10_000) }, /title_zh/],
      ])("POST /admin/festivals with %s → %d", async (_label, status, body, message) => {
        const res = await failure(api.post("/admin/festivals", body, admin))
        expect(res.status).toBe(status)
        expect(res.data.message).toMatch(message)
        expect(await count()).toBe(1)
      })

      it("refuses an update that would end the live festival before it starts", async () => {
        const { data: before } = await api.get(`/admin/festivals/${festivalId}`, admin)
        const res = await failure(api.post(`/admin/festivals/${festivalId}`, { ends_at: "2001-01-01T00:00:00Z" }, admin))
        expect(res.status).toBe(400)
        expect(res.data.message).toContain(`Festival "${DEMO_FESTIVAL_HANDLE}" must end after it starts`)
        const { data: after } = await api.get(`/admin/festivals/${festivalId}`, admin)
        expect(after.festival.ends_at).toBe(before.festival.ends_at)
      })

      it.each([
        ["/store/festivals/no-such-festival", 404, /Festival with handle "no-such-festival" was not found/],
      ])("GET %s → %d", async (url, status, message) => {
        const res = await failure(api.get(url, store))
        expect(res.status).toBe(status)
        expect(res.data.message).toMatch(message)
      })

      it.each([
        ["/admin/festivals/fest_nope/report", 404],
        [`/admin/festivals/FESTIVAL/report?by=week`, 400],
        [`/admin/festivals/FESTIVAL/report?format=pdf`, 400],
      ])("GET %s → %d", async (url, status) => {
        const res = await failure(api.get(url.replace("FESTIVAL", festivalId), admin))
        expect(res.status).toBe(status)
        expect(typeof res.data.message).toBe("string")
      })
    })
  },
})
