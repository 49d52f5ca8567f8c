import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { seedDemoCatalog } from "../../src/scripts/seed"
import { placeOrder } from "../../src/scripts/seed/festival"
import { adminHeaders, failure, storeHeaders } from "../helpers"
import { COOP_PASSWORD, coopMember, seededCoop, shop } from "./helpers"

const JUNZAO = "alar-junzao-jujube-special-2500g"
const WALNUT = "aksu-thin-shell-walnut-1000g"

/** Everything a co-op request could change, read straight from the tables. */
const FINGERPRINT_SQL = `
SELECT json_build_object(
  'products', (SELECT json_agg(json_build_array(id, title, subtitle, description, status) ORDER BY id) FROM product WHERE deleted_at IS NULL),
  'prices', (SELECT json_agg(json_build_array(id, amount, price_list_id) ORDER BY id) FROM price WHERE deleted_at IS NULL),
  'levels', (SELECT json_agg(json_build_array(inventory_item_id, location_id, stocked_quantity, reserved_quantity) ORDER BY id) FROM inventory_level WHERE deleted_at IS NULL),
  'order_items', (SELECT json_agg(json_build_array(id, quantity, fulfilled_quantity, shipped_quantity, delivered_quantity) ORDER BY id) FROM order_item),
  'fulfillments', (SELECT json_agg(json_build_array(id, location_id, shipped_at, delivered_at, canceled_at) ORDER BY id) FROM fulfillment),
  'labels', (SELECT json_agg(json_build_array(id, tracking_number) ORDER BY id) FROM fulfillment_label),
  'stock_log', (SELECT count(*) FROM stock_adjustment),
  'members', (SELECT json_agg(json_build_array(id, cooperative_id, email, deleted_at) ORDER BY id) FROM cooperative_member),
  'invites', (SELECT json_agg(json_build_array(id, cooperative_id, email, accepted_at) ORDER BY id) FROM cooperative_invite),
  'identities', (SELECT json_agg(json_build_array(id, app_metadata) ORDER BY id) FROM auth_identity),
  'users', (SELECT json_agg(email ORDER BY email) FROM "user" WHERE deleted_at IS NULL),
  'user_invites', (SELECT count(*) FROM invite),
  'cooperatives', (SELECT json_agg(json_build_array(id, name_zh, contact_phone) ORDER BY id) FROM cooperative)
) AS state`

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: { headers: Record<string, string> }
    let a: { headers: Record<string, string> } // the jujube co-op's manager, who tries to reach the walnut co-op's data
    let b: { headers: Record<string, string> }
    let store: { headers: Record<string, string> }
    const ctx: Record<string, string> = {}

    const fingerprint = async () =>
      (await getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION).raw(FINGERPRINT_SQL)).rows[0].state

    beforeAll(async () => {
      const container = getContainer()
      await seedDemoCatalog(container, { demoOrders: 0 })
      admin = await adminHeaders(container, api)
      store = await storeHeaders(container)
      const jujube = await seededCoop(container, "alar-12th-regiment-jujube")
      const walnut = await seededCoop(container, "aksu-tokayi-walnut")
      a = await coopMember(api, admin, jujube.id, "a@jujube.test")
      b = await coopMember(api, admin, walnut.id, "b@walnut.test")
      const ids = await shop(container)
      const order = (email: string, items: { variant_id: string; quantity: number }[]) =>
        placeOrder(container, { regionId: ids.regionId, salesChannelId: ids.salesChannelId, email, buyer: 2, items })
      ctx.mixed = await order("mixed@tarim.test", [
        { variant_id: ids.variant(JUNZAO), quantity: 1 },
        { variant_id: ids.variant(WALNUT), quantity: 2 },
      ])
      ctx.walnutOnly = await order("walnut@tarim.test", [{ variant_id: ids.variant(WALNUT), quantity: 1 }])
      const { data: shipped } = await api.post(`/coop/orders/${ctx.mixed}/shipments`, { carrier: "中通快递", tracking_number: "ZT7700112233" }, b)
      ctx.walnutShipment = shipped.order.shipments[0].id
      ctx.walnutLine = shipped.order.lines[0].id
      const { data: products } = await api.get("/coop/products", b)
      ctx.walnutProduct = products.products[0].id
      ctx.walnutVariant = products.products[0].variants[0].id
      const { data: own } = await api.get("/coop/products", a)
      ctx.jujubeProduct = own.products[0].id
      ctx.jujubeCoop = jujube.id
      ctx.walnutCoop = walnut.id
      ctx.walnutLocation = walnut.locationIds[0]
      const { data: stock } = await api.get("/coop/stock", b)
      ctx.walnutItem = stock.levels[0].inventory_item_id
      const { data: members } = await api.get(`/admin/cooperatives/${walnut.id}/members`, admin)
      ctx.walnutMember = members.members[0].id
    })

    /** [what is tried, request, statuses that count as refused]. `a` is the jujube manager throughout. */
    const crossCoop: [string, () => Promise<unknown>, number[]][] = [
      ["read a walnut product by id", () => api.get(`/coop/products/${ctx.walnutProduct}`, a), [404]],
      ["retitle a walnut product", () => api.post(`/coop/products/${ctx.walnutProduct}`, { title: "偷来的" }, a), [404]],
      ["unpublish a walnut product", () => api.post(`/coop/products/${ctx.walnutProduct}`, { status: "draft" }, a), [404]],
      ["price a walnut variant under an own product", () => api.post(`/coop/products/${ctx.jujubeProduct}`, { variants: [{ id: ctx.walnutVariant, price: 1 }] }, a), [404]],
      ["price a walnut variant under the walnut product", () => api.post(`/coop/products/${ctx.walnutProduct}`, { variants: [{ id: ctx.walnutVariant, price: 1 }] }, a), [404]],
      ["set a walnut SKU's stock", () => api.post("/coop/stock/adjustments", { reason: "x", items: [{ sku: WALNUT, stocked_quantity: 0 }] }, a), [404]],
      ["preview a walnut SKU's stock (dry run)", () => api.post("/coop/stock/adjustments", { reason: "x", dry_run: true, items: [{ sku: WALNUT, stocked_quantity: 0 }] }, a), [404]],
      ["set own SKU at the walnut warehouse", () => api.post("/coop/stock/adjustments", { reason: "x", items: [{ sku: JUNZAO, stocked_quantity: 0, location_id: ctx.walnutLocation }] }, a), [404]],
      ["import a CSV naming a walnut SKU", () => api.post("/coop/stock/import", { reason: "x", dry_run: false, csv: `sku,stocked_quantity\n${WALNUT},0` }, a), [404]],
      ["import a CSV mixing own and walnut SKUs", () => api.post("/coop/stock/import", { reason: "x", dry_run: false, csv: `sku,stocked_quantity\n${JUNZAO},1\n${WALNUT},0` }, a), [404]],
      ["dry-run a CSV naming a walnut SKU", () => api.post("/coop/stock/import", { reason: "x", csv: `sku,stocked_quantity\n${WALNUT},0` }, a), [404]],
      ["import own SKU into the walnut warehouse", () => api.post("/coop/stock/import", { reason: "x", dry_run: false, csv: `sku,stocked_quantity,location_id\n${JUNZAO},0,${ctx.walnutLocation}` }, a), [404]],
      ["read a walnut-only order", () => api.get(`/coop/orders/${ctx.walnutOnly}`, a), [404]],
      ["ship a walnut-only order", () => api.post(`/coop/orders/${ctx.walnutOnly}/shipments`, { carrier: "x", tracking_number: "ABC123456" }, a), [404]],
      ["ship the walnut line of a shared order", () => api.post(`/coop/orders/${ctx.mixed}/shipments`, { carrier: "x", tracking_number: "ABC123456", line_ids: [ctx.walnutLine] }, a), [404]],
      ["mark the walnut parcel delivered through a shared order", () => api.post(`/coop/orders/${ctx.mixed}/shipments/${ctx.walnutShipment}/delivered`, {}, a), [404]],
      ["mark the walnut parcel delivered through a walnut order", () => api.post(`/coop/orders/${ctx.walnutOnly}/shipments/${ctx.walnutShipment}/delivered`, {}, a), [404]],
      ["admin: list products", () => api.get("/admin/products", a), [401]],
      ["admin: read a walnut product", () => api.get(`/admin/products/${ctx.walnutProduct}`, a), [401]],
      ["admin: retitle a walnut product", () => api.post(`/admin/products/${ctx.walnutProduct}`, { title: "偷来的" }, a), [401]],
      ["admin: list orders", () => api.get("/admin/orders", a), [401]],
      ["admin: read a walnut order", () => api.get(`/admin/orders/${ctx.walnutOnly}`, a), [401]],
      ["admin: fulfil a walnut order", () => api.post(`/admin/orders/${ctx.walnutOnly}/fulfillments`, { items: [] }, a), [401]],
      ["admin: list inventory", () => api.get("/admin/inventory-items", a), [401]],
      ["admin: set a walnut stock level", () => api.post(`/admin/inventory-items/${ctx.walnutItem}/location-levels/${ctx.walnutLocation}`, { stocked_quantity: 0 }, a), [401]],
      ["admin: list stock locations", () => api.get("/admin/stock-locations", a), [401]],
      ["admin: list cooperatives", () => api.get("/admin/cooperatives", a), [401]],
      ["admin: edit the walnut cooperative", () => api.post(`/admin/cooperatives/${ctx.walnutCoop}`, { contact_phone: "13900000000" }, a), [401]],
      ["admin: invite itself to the walnut co-op", () => api.post(`/admin/cooperatives/${ctx.walnutCoop}/invites`, { email: "a@jujube.test" }, a), [401]],
      ["admin: list the walnut co-op's members", () => api.get(`/admin/cooperatives/${ctx.walnutCoop}/members`, a), [401]],
      ["admin: remove the walnut manager", () => api.delete(`/admin/cooperatives/${ctx.walnutCoop}/members/${ctx.walnutMember}`, a), [401]],
      ["admin: read the festival report", () => api.get("/admin/festivals", a), [401]],
      ["admin: invite itself as organizer", () => api.post("/admin/invites", { email: "a@jujube.test" }, a), [401]],
      ["admin: read its own user", () => api.get("/admin/users/me", a), [401]],
      ["admin: create a user", () => api.post("/admin/users", { email: "a@jujube.test" }, a), [401]],
      ["admin: mark the walnut parcel shipped", () => api.post(`/admin/orders/${ctx.walnutOnly}/fulfillments/${ctx.walnutShipment}/shipments`, { items: [] }, a), [401]],
      ["store: read a customer account", () => api.get("/store/customers/me", { headers: { ...store.headers, ...a.headers } }), [401]],
    ]

    it(`refuses ${crossCoop.length} cross-co-op and admin attempts with a co-op token and changes nothing`, async () => {
      const before = await fingerprint()
      const answers: string[] = []
      for (const [what, call, refused] of crossCoop) {
        const { status } = await failure(call())
        answers.push(`${what}: ${status}`)
        expect(refused, `${what} answered ${status}`).toContain(status)
      }
      expect(crossCoop.length).toBeGreaterThanOrEqual(30)
      expect(await fingerprint()).toEqual(before)
    })

    it("lists show only the co-op's own rows, whatever filter is sent", async () => {
      const { data: products } = await api.get(`/coop/products?id=${ctx.walnutProduct}`, a)
      expect(products.products.map((p: any) => p.id)).not.toContain(ctx.walnutProduct)
      // The stock list takes no filter at all: naming another co-op's warehouse is refused, and the plain list is ours.
      expect((await failure(api.get(`/coop/stock?location_id=${ctx.walnutLocation}`, a))).status).toBe(400)
      const { data: stock } = await api.get("/coop/stock", a)
      expect(stock.levels.some((l: any) => l.location_id === ctx.walnutLocation || l.sku === WALNUT)).toBe(false)
      const { data: orders } = await api.get("/coop/orders?status=all", a)
      expect(orders.orders.map((o: any) => o.id)).toEqual([ctx.mixed])
      expect(orders.orders[0].lines.map((l: any) => l.sku)).toEqual([JUNZAO])
      expect(orders.orders[0].shipments).toEqual([])
      const csv = (await api.get("/coop/stock/export", a)).data as string
      expect(csv).not.toContain(WALNUT)
    })

    it("anonymous and forged tokens get 401 on every /coop route", async () => {
      const before = await fingerprint()
      const routes: [string, string][] = [
        ["get", "/coop/me"],
        ["get", "/coop/dashboard"],
        ["get", "/coop/products"],
        ["get", `/coop/products/${ctx.jujubeProduct}`],
        ["post", `/coop/products/${ctx.jujubeProduct}`],
        ["get", "/coop/stock"],
        ["get", "/coop/stock/export"],
        ["post", "/coop/stock/adjustments"],
        ["post", "/coop/stock/import"],
        ["get", "/coop/orders"],
        ["get", `/coop/orders/${ctx.mixed}`],
        ["post", `/coop/orders/${ctx.mixed}/shipments`],
        ["post", `/coop/orders/${ctx.mixed}/shipments/${ctx.walnutShipment}/delivered`],
      ]
      const forged = { headers: { authorization: "Bearer eyJhbGciOiJIUzI1NiJ9.eyJhY3Rvcl9pZCI6ImNvb3BtZW1fMSIsImFjdG9yX3R5cGUiOiJjb29wX21lbWJlciJ9.c2lnbmF0dXJl" } }
      for (const [method, path] of routes) {
        for (const headers of [{}, forged]) {
          const call = method === "get" ? api.get(path, headers) : api.post(path, { reason: "x" }, headers)
          expect((await failure(call)).status, `${method} ${path}`).toBe(401)
        }
      }
      expect(await fingerprint()).toEqual(before)
    })

    it("a co-op member cannot make itself organizer: its password gives an admin token that reaches nothing", async () => {
      const before = await fingerprint()
      const { data } = await api.post("/auth/user/emailpass", { email: "a@jujube.test", password: COOP_PASSWORD })
      const asUser = { headers: { authorization: `Bearer ${data.token}` } }
      expect((await failure(api.get("/admin/users/me", asUser))).status).toBe(401)
      expect((await failure(api.get("/admin/products", asUser))).status).toBe(401)
      expect((await failure(api.post("/admin/invites", { email: "a@jujube.test" }, asUser))).status).toBe(401)
      expect((await failure(api.get("/coop/me", asUser))).status).toBe(401)
      const forgedInvite = await failure(api.post("/coop-invites/accept", { token: "y".repeat(43), password: COOP_PASSWORD }))
      expect(forgedInvite.status).toBe(404)
      expect(await fingerprint()).toEqual(before)
    })
  },
})
