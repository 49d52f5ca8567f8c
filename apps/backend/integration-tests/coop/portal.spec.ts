import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { REPORT_VIEWS_SQL } from "../../src/modules/festival/report-views"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { parse } from "csv-parse/sync"
import { COOPERATIVE_MODULE } from "../../src/modules/cooperative"
import type CooperativeModuleService from "../../src/modules/cooperative/service"
import { seedDemoCatalog } from "../../src/scripts/seed"
import { placeOrder } from "../../src/scripts/seed/festival"
import { adminHeaders, failure, storeHeaders } from "../helpers"
import { coopMember, lastNotification, levelOf, seededCoop, shop } from "./helpers"

const JUNZAO = "alar-junzao-jujube-special-2500g"
const HUIZAO = "alar-huizao-jujube-first-2500g"
const WALNUT = "aksu-thin-shell-walnut-1000g"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const cooperatives = (): CooperativeModuleService => getContainer().resolve(COOPERATIVE_MODULE)
    let admin: { headers: Record<string, string> }
    let jujubeMember: { headers: Record<string, string> }
    let walnutMember: { headers: Record<string, string> }
    let jujube: Awaited<ReturnType<typeof seededCoop>>
    let walnut: Awaited<ReturnType<typeof seededCoop>>
    let ids: Awaited<ReturnType<typeof shop>>

    beforeAll(async () => {
      await seedDemoCatalog(getContainer(), { demoOrders: 0 })
      await getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION).raw(REPORT_VIEWS_SQL)
      admin = await adminHeaders(getContainer(), api)
      jujube = await seededCoop(getContainer(), "alar-12th-regiment-jujube")
      walnut = await seededCoop(getContainer(), "aksu-tokayi-walnut")
      jujubeMember = await coopMember(api, admin, jujube.id, "manager@jujube.test")
      walnutMember = await coopMember(api, admin, walnut.id, "manager@walnut.test")
      ids = await shop(getContainer())
    })

    describe("products", () => {
      it("lists only its own products and edits texts, status and CNY prices through Medusa", async () => {
        const { data } = await api.get("/coop/products", jujubeMember)
        expect(data.products.map((p: any) => p.id).sort()).toEqual([...jujube.productIds].sort())
        const junzao = data.products.find((p: any) => p.handle === "alar-junzao-jujube-special")
        expect(junzao.variants.map((v: any) => [v.sku, v.weight, v.price])).toEqual([
          ["alar-junzao-jujube-special-1000g", 1000, 42],
          ["alar-junzao-jujube-special-2500g", 2500, 99],
          ["alar-junzao-jujube-special-5000g", 5000, 188],
          ["alar-junzao-jujube-special-10000g", 10000, 358],
        ])

        const { data: edited } = await api.post(
          `/coop/products/${junzao.id}`,
          { subtitle: "今年新枣 · 个大肉厚", variants: [{ id: junzao.variants[0].id, price: 95.5 }] },
          jujubeMember
        )
        expect(edited.product.subtitle).toBe("今年新枣 · 个大肉厚")
        expect(edited.product.variants[0].price).toBe(95.5)
        expect(edited.product.variants[1].price).toBe(99)

        const store = await storeHeaders(getContainer())
        const shown = await api.get(
          `/store/products/${junzao.id}?region_id=${ids.regionId}&fields=subtitle,*variants.calculated_price`,
          store
        )
        expect(shown.data.product.subtitle).toBe("今年新枣 · 个大肉厚")
        const first = shown.data.product.variants.find((v: any) => v.id === junzao.variants[0].id)
        expect(first.calculated_price.original_amount).toBe(95.5)

        expect(junzao.produce).toMatchObject({ grade: "special", harvest_from_month: 10, cold_chain: false })
        const { data: facts } = await api.post(
          `/coop/products/${junzao.id}`,
          { produce: { harvest_from_month: 9, storage_zh: "阴凉干燥处" } },
          jujubeMember
        )
        expect(facts.product.produce).toMatchObject({ grade: "special", harvest_from_month: 9, storage_zh: "阴凉干燥处" })
        const withFacts = await api.get(`/store/products/${junzao.id}?fields=*produce_facts`, store)
        expect(withFacts.data.product.produce_facts).toMatchObject({ harvest_from_month: 9, storage_zh: "阴凉干燥处" })

        await api.post(`/coop/products/${junzao.id}`, { status: "draft" }, jujubeMember)
        expect((await failure(api.get(`/store/products/${junzao.id}`, store))).status).toBe(404)
        await api.post(`/coop/products/${junzao.id}`, { status: "published" }, jujubeMember)
        expect((await api.get(`/store/products/${junzao.id}`, store)).status).toBe(200)
      })

      it("refuses bad edits with a message and changes nothing", async () => {
        const { data } = await api.get("/coop/products", jujubeMember)
        const product = data.products[0]
        const cases = [
          [{ status: "deleted" }, "Expected: 'draft, published' for field 'status'"],
          [{ variants: [{ id: product.variants[0].id, price: -3 }] }, "'variants, 0, price' too small"],
          [{ variants: [{ id: product.variants[0].id, price: 1.234 }] }, "not multiple of: '0.01'"],
          [{}, "send at least one of"],
          [{ handle: "x" }, "Unrecognized fields: 'handle'"],
          [{ produce: { harvest_from_month: 13 } }, "'produce, harvest_from_month' too big"],
          [{ produce: { grade: "best" } }, "Expected: 'special, first, second'"],
        ] as const
        for (const [body, message] of cases) {
          const answer = await failure(api.post(`/coop/products/${product.id}`, body, jujubeMember))
          expect(answer.status).toBe(400)
          expect(answer.data.message).toContain(message)
        }
        const { data: after } = await api.get(`/coop/products/${product.id}`, jujubeMember)
        expect(after.product).toEqual(product)
      })
    })

    describe("stock", () => {
      it("lists its levels, sets one with a reason (logged), and a dry run writes nothing", async () => {
        const { data } = await api.get("/coop/stock", jujubeMember)
        expect(data.levels.every((l: any) => jujube.locationIds.includes(l.location_id))).toBe(true)
        expect(data.levels.find((l: any) => l.sku === JUNZAO)).toMatchObject({ stocked_quantity: 120, reserved_quantity: 0, low: false })

        const preview = await api.post(
          "/coop/stock/adjustments",
          { reason: "盘点", dry_run: true, items: [{ sku: JUNZAO, stocked_quantity: 100 }] },
          jujubeMember
        )
        expect(preview.data).toEqual({ dry_run: true, changes: [{ sku: JUNZAO, from: 120, to: 100 }], unchanged: 0 })
        expect((await levelOf(getContainer(), JUNZAO, jujube.locationIds[0])).stocked).toBe(120)

        await api.post("/coop/stock/adjustments", { reason: "盘点", items: [{ sku: JUNZAO, stocked_quantity: 100 }] }, jujubeMember)
        expect((await levelOf(getContainer(), JUNZAO, jujube.locationIds[0])).stocked).toBe(100)
        const log = await cooperatives().listStockAdjustments({ sku: JUNZAO })
        expect(log.map((r: any) => [r.from_quantity, r.to_quantity, r.reason, r.source, r.cooperative_id])).toEqual([
          [120, 100, "盘点", "manual", jujube.id],
        ])
      })

      it("exports CSV; an import's dry run lists every change; a file with a bad row writes no row", async () => {
        const exported = await api.get("/coop/stock/export", jujubeMember)
        expect(exported.headers["content-type"]).toContain("text/csv")
        const rows: Record<string, string>[] = parse(exported.data, { columns: true, bom: true })
        expect(rows.length).toBeGreaterThanOrEqual(9)
        expect(Object.keys(rows[0])).toEqual(["sku", "product", "variant", "location_id", "stocked_quantity", "reserved_quantity", "available_quantity"])

        const edit = (changes: Record<string, string>) =>
          ["sku,stocked_quantity", ...rows.map((r) => `${r.sku},${changes[r.sku] ?? r.stocked_quantity}`)].join("\n")
        const good = edit({ [JUNZAO]: "90", [HUIZAO]: "7" })
        const { data: dry } = await api.post("/coop/stock/import", { reason: "月底盘点", csv: good }, jujubeMember)
        expect(dry.dry_run).toBe(true)
        expect(dry.changes).toEqual([
          { sku: JUNZAO, from: Number(rows.find((r) => r.sku === JUNZAO)!.stocked_quantity), to: 90 },
          { sku: HUIZAO, from: Number(rows.find((r) => r.sku === HUIZAO)!.stocked_quantity), to: 7 },
        ].sort((a, b) => rows.findIndex((r) => r.sku === a.sku) - rows.findIndex((r) => r.sku === b.sku)))
        expect(dry.unchanged).toBe(rows.length - 2)
        expect((await levelOf(getContainer(), JUNZAO, jujube.locationIds[0])).stocked).toBe(120)

        const bad = `${good}\n${WALNUT},5\nno-such-sku,3\n${HUIZAO},8`
        const refused = await failure(api.post("/coop/stock/import", { reason: "月底盘点", csv: bad, dry_run: false }, jujubeMember))
        expect(refused.status).toBe(404)
        expect(refused.data.type).toBe("invalid_rows")
        expect(refused.data.errors.map((e: any) => [e.row, e.sku])).toEqual([
          [rows.length + 2, WALNUT],
          [rows.length + 3, "no-such-sku"],
          [rows.length + 4, HUIZAO],
        ])
        expect(refused.data.errors[2].message).toContain("listed twice")
        expect((await levelOf(getContainer(), JUNZAO, jujube.locationIds[0])).stocked).toBe(120)
        expect((await levelOf(getContainer(), WALNUT, walnut.locationIds[0])).stocked).toBe(200)

        const { data: done } = await api.post("/coop/stock/import", { reason: "月底盘点", csv: good, dry_run: false }, jujubeMember)
        expect(done.changes).toHaveLength(2)
        expect((await levelOf(getContainer(), JUNZAO, jujube.locationIds[0])).stocked).toBe(90)
        expect((await levelOf(getContainer(), HUIZAO, jujube.locationIds[0])).stocked).toBe(7)
        const { data: dashboard } = await api.get("/coop/dashboard", jujubeMember)
        expect(dashboard.low_stock.map((l: any) => l.sku)).toContain(HUIZAO)
      })
    })

    describe("orders and shipping", () => {
      // The test runner restores the database before each test: each test places its own order.
      const placeTwoCoopOrder = () =>
        placeOrder(getContainer(), {
          regionId: ids.regionId,
          salesChannelId: ids.salesChannelId,
          email: "buyer.two.coops@tarim.test",
          buyer: 1,
          items: [
            { variant_id: ids.variant(JUNZAO), quantity: 2 },
            { variant_id: ids.variant(WALNUT), quantity: 1 },
          ],
        })

      it("an order with lines of two co-ops shows each co-op only its own lines", async () => {
        const orderId = await placeTwoCoopOrder()
        const { data: mine } = await api.get(`/coop/orders/${orderId}`, jujubeMember)
        expect(mine.order.lines.map((l: any) => [l.sku, l.quantity, l.fulfilled_quantity])).toEqual([[JUNZAO, 2, 0]])
        expect(mine.order.ship_to).toMatchObject({ name: "静陈", city: "上海市", phone: "13800001001" })
        const { data: theirs } = await api.get(`/coop/orders/${orderId}`, walnutMember)
        expect(theirs.order.lines.map((l: any) => l.sku)).toEqual([WALNUT])
        const { data: waiting } = await api.get("/coop/orders?status=waiting", jujubeMember)
        expect(waiting.orders.map((o: any) => o.id)).toEqual([orderId])
        const { data: dashboard } = await api.get("/coop/dashboard", jujubeMember)
        expect(dashboard.waiting).toEqual({ orders: 1, lines: 1, units: 2 })
      })

      it("ships its lines from its own warehouse with a tracking number, tells the shopper, then marks them delivered", async () => {
        const orderId = await placeTwoCoopOrder()
        const before = await levelOf(getContainer(), JUNZAO, jujube.locationIds[0])
        expect(before.reserved).toBe(2)
        const { status, data } = await api.post(
          `/coop/orders/${orderId}/shipments`,
          { carrier: "顺丰速运", tracking_number: "SF1234567890123" },
          jujubeMember
        )
        expect(status).toBe(201)
        expect(data.order.shipped).toBe(true)
        const [shipment] = data.order.shipments
        expect(shipment).toMatchObject({ carrier: "顺丰速运", tracking_number: "SF1234567890123", status: "shipped" })
        expect(shipment.items).toEqual([{ line_id: data.order.lines[0].id, quantity: 2 }])
        expect(await levelOf(getContainer(), JUNZAO, jujube.locationIds[0])).toEqual({ stocked: before.stocked - 2, reserved: 0 })

        const again = await failure(
          api.post(`/coop/orders/${orderId}/shipments`, { carrier: "顺丰速运", tracking_number: "SF1234567890999" }, jujubeMember)
        )
        expect(again.status).toBe(400)
        expect(again.data.message).toContain("no lines of yours left to ship")

        const { data: theirs } = await api.get(`/coop/orders/${orderId}`, walnutMember)
        expect(theirs.order.shipments).toEqual([])
        expect(theirs.order.shipped).toBe(false)

        const store = await storeHeaders(getContainer())
        const { data: parcels } = await api.get(`/store/orders/${orderId}/shipments`, store)
        expect(
          parcels.shipments.map((p: any) => [p.cooperative?.handle, p.status, p.carrier, p.tracking_number, p.items.map((i: any) => i.quantity)])
        ).toEqual([
          ["alar-12th-regiment-jujube", "shipped", "顺丰速运", "SF1234567890123", [2]],
          ["aksu-tokayi-walnut", "waiting", null, null, [1]],
        ])

        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const {
          data: [fulfillment],
        } = await query.graph({ entity: "fulfillment", fields: ["location_id", "shipped_at"], filters: { id: shipment.id } })
        expect(fulfillment.location_id).toBe(jujube.locationIds[0])

        let sent: any
        for (let i = 0; i < 50 && !sent; i++) {
          sent = await lastNotification(getContainer(), "buyer.two.coops@tarim.test")
          if (!sent) await new Promise((r) => setTimeout(r, 100))
        }
        expect(sent).toMatchObject({ template: "order-shipped", resource_id: orderId })
        expect(sent.data).toMatchObject({ carrier: "顺丰速运", tracking_number: "SF1234567890123", cooperative_zh: "阿拉尔市十二团红枣专业合作社" })

        const foreign = await failure(api.post(`/coop/orders/${orderId}/shipments/${shipment.id}/delivered`, {}, walnutMember))
        expect(foreign.status).toBe(404)
        const { data: delivered } = await api.post(`/coop/orders/${orderId}/shipments/${shipment.id}/delivered`, {}, jujubeMember)
        expect(delivered.order.shipments[0].status).toBe("delivered")
        const { data: shipped } = await api.get("/coop/orders?status=shipped", jujubeMember)
        expect(shipped.orders.map((o: any) => o.id)).toEqual([orderId])
      })
    })
  },
})
