import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { seedDemoCatalog } from "../../src/scripts/seed"
import { adminHeaders, storeHeaders } from "../helpers"
import { coopMember, seededCoop, shop } from "../coop/helpers"
// @ts-ignore plain ESM helpers shared with the simulator and benches
import { placeOrder, readyCart } from "../../bin/shopper.mjs"

/** Tables whose rows change with every request whatever it carries (workflow bookkeeping), or only by time. */
const VOLATILE = new Set(["workflow_execution", "mikro_orm_migrations", "script_migrations", "link_module_migrations", "checkout_attempt"])

/** Malformed bodies, each sent to every writing route below. None of them is a request any form would send. */
const BODIES: [string, string][] = [
  ["broken JSON", `{"email": "a@b.c", "quantity": `],
  ["a JSON array", `[{"quantity": 1}]`],
  ["a JSON string", `"quantity"`],
  ["null", `null`],
  ["a NUL in every text", JSON.stringify({ email: "nul\u0000@tarim.test", title: "枣\u0000", handle: "x\u0000", password: "p\u0000ss", q: "\u0000" })],
  ["control characters", JSON.stringify({ email: "\u0007\u001b[2J@tarim.test", title: "\u0008\u007f", handle: "\u001f", quantity: 1 })],
  ["huge numbers", JSON.stringify({ quantity: 1e308, amount: 2 ** 64, stocked_quantity: Number.MAX_VALUE, target_kg: 1e300 })],
  ["wrong types", JSON.stringify({ email: 42, password: ["x"], quantity: "many", variant_id: { id: 1 }, handle: true, items: "all" })],
  ["only unknown fields", JSON.stringify({ "$where": "1=1", is_admin: true, role: "organizer", cooperative_id: "coop_other" })],
  ["prototype keys", `{"__proto__": {"admin": true}, "constructor": {"prototype": {"admin": true}}}`],
  ["deep nesting", "[".repeat(5000) + "]".repeat(5000)],
  ["an oversized body (3 MB)", JSON.stringify({ email: "big@tarim.test", description: "枣".repeat(1_000_000) })],
]

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let url: string
    const auth: Record<string, Record<string, string>> = {}
    const ids: Record<string, string> = {}

    beforeAll(async () => {
      const container = getContainer()
      await seedDemoCatalog(container, { demoOrders: 0 })
      url = api.defaults.baseURL!
      const store = (await storeHeaders(container)).headers
      auth.store = store
      auth.admin = (await adminHeaders(container, api)).headers
      const jujube = await seededCoop(container, "alar-12th-regiment-jujube")
      auth.coop = (await coopMember(api, { headers: auth.admin }, jujube.id, "bad-input@coop.test")).headers
      const key = store["x-publishable-api-key"]
      const { variant } = await shop(container)
      const walnut = variant("aksu-thin-shell-walnut-1000g")
      const address = { first_name: "赵", last_name: "敏", address_1: "路桥区 1 号", city: "台州", province: "浙江", postal_code: "318050", phone: "13700003000" }
      ids.cart = await readyCart(url, key, { items: [{ variant_id: walnut, quantity: 1 }], email: "cart@tarim.test", address })
      const { data: cart } = await api.get(`/store/carts/${ids.cart}`, { headers: store })
      ids.line = cart.cart.items[0].id
      ids.order = (await placeOrder(url, key, { items: [{ variant_id: walnut, quantity: 1 }], email: "order@tarim.test", address })).id
      const password = "customer-password-1"
      const { data: registration } = await api.post("/auth/customer/emailpass/register", { email: "shopper@tarim.test", password }, { headers: store })
      await api.post("/store/customers", { email: "shopper@tarim.test" }, { headers: { ...store, authorization: `Bearer ${registration.token}` } })
      const { data: login } = await api.post("/auth/customer/emailpass", { email: "shopper@tarim.test", password }, { headers: store })
      auth.customer = { ...store, authorization: `Bearer ${login.token}` }
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data: festivals } = await query.graph({ entity: "festival", fields: ["id"] })
      ids.festival = festivals[0].id
      ids.coop = jujube.id
      ids.product = jujube.productIds[0]
    })

    /** Every table's rows, hashed: what any request could have changed. */
    async function fingerprint() {
      const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const { rows: tables } = await knex.raw(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`)
      const state: Record<string, string> = {}
      for (const { table_name } of tables) {
        if (VOLATILE.has(table_name)) continue
        const { rows } = await knex.raw(`SELECT count(*)::int AS n, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS h FROM ?? t`, [table_name])
        state[table_name] = `${rows[0].n}:${rows[0].h}`
      }
      return state
    }

    const send = async (method: string, path: string, who: string, body?: string) => {
      const res = await fetch(`${url}${path}`, {
        method,
        headers: { ...(auth[who] ?? {}), ...(body === undefined ? {} : { "content-type": "application/json" }) },
        body,
      })
      const text = await res.text()
      let message = ""
      try {
        message = JSON.parse(text).message ?? ""
      } catch {
        message = text
      }
      return { status: res.status, message: String(message) }
    }

    it("at least 200 malformed requests over store, auth, admin, co-op and our own routes: every one a 4xx with a message, nothing changed", async () => {
      // Writing routes, each sent every malformed body.
      const writes: [string, string][] = [
        ["/store/carts", "store"],
        [`/store/carts/${ids.cart}`, "store"],
        [`/store/carts/${ids.cart}/line-items`, "store"],
        [`/store/carts/${ids.cart}/line-items/${ids.line}`, "store"],
        [`/store/carts/${ids.cart}/shipping-methods`, "store"],
        [`/store/carts/${ids.cart}/customer`, "customer"],
        ["/store/payment-collections", "store"],
        ["/store/customers/me", "customer"],
        ["/store/customers/me/addresses", "customer"],
        [`/store/orders/${ids.order}/access`, "store"],
        ["/auth/customer/emailpass", "store"],
        ["/auth/customer/emailpass/register", "store"],
        ["/auth/user/emailpass", "none"],
        ["/auth/coop_member/emailpass", "none"],
        ["/coop-invites/lookup", "none"],
        ["/coop-invites/accept", "none"],
        ["/admin/festivals", "admin"],
        [`/admin/festivals/${ids.festival}`, "admin"],
        ["/admin/cooperatives", "admin"],
        [`/admin/cooperatives/${ids.coop}`, "admin"],
        [`/admin/cooperatives/${ids.coop}/invites`, "admin"],
        [`/admin/products/${ids.product}`, "admin"],
        [`/coop/products/${ids.product}`, "coop"],
        ["/coop/stock/adjustments", "coop"],
        ["/coop/stock/import", "coop"],
        [`/coop/orders/${ids.order}/shipments`, "coop"],
        ["/hooks/payment/stripe_stripe", "none"],
      ]
      // Reads with a malformed address or query.
      const reads: [string, string][] = [
        ["/store/products?limit=-1", "store"],
        ["/store/products?limit=1e309", "store"],
        ["/store/products?offset=abc", "store"],
        ["/store/products?fields=%00", "store"],
        ["/store/products?order=;DROP%20TABLE%20product", "store"],
        ["/store/products/prod_does_not_exist", "store"],
        [`/store/products/${encodeURIComponent("' OR 1=1 --")}`, "store"],
        [`/store/carts/${"x".repeat(5000)}`, "store"],
        ["/store/carts/cart_%00", "store"],
        ["/store/orders/order_does_not_exist", "store"],
        [`/store/orders/${ids.order}?fields=*customer.addresses`, "none"],
        ["/store/festivals/%00", "store"],
        ["/store/festivals/..%2F..%2Fadmin", "store"],
        ["/store/cooperatives/%E0%A4%A", "store"],
        [`/store/search/products?q=${"枣".repeat(1000)}`, "store"],
        ["/store/search/products?page=-3", "store"],
        ["/store/search/products?page=99999999999999999999", "store"],
        ["/store/search/products?sort=price;drop", "store"],
        ["/store/search/products?min_price=abc", "store"],
        ["/admin/festivals?limit=0x10", "admin"],
        [`/admin/festivals/${ids.festival}/report?by=weather`, "admin"],
        [`/admin/festivals/${ids.festival}/report?format=pdf`, "admin"],
        ["/admin/cooperatives?offset=-5", "admin"],
        ["/admin/cooperatives/coop_%00", "admin"],
        ["/coop/orders?status=everything", "coop"],
        ["/coop/orders?limit=1e9", "coop"],
        ["/coop/products/prod_not_ours", "coop"],
        ["/coop/stock?location_id[$ne]=x", "coop"],
        ["/coop/stock/export?sku=*", "coop"],
        ["/coop/dashboard?cooperative_id=coop_other", "coop"],
        ["/store/orders/" + ids.order + "/shipments?fields=%00", "store"],
      ]

      const before = await fingerprint()
      const answers: { request: string; status: number; message: string }[] = []
      for (const [path, who] of writes) {
        for (const [what, body] of BODIES) {
          const { status, message } = await send("POST", path, who, body)
          answers.push({ request: `POST ${path} (${what})`, status, message })
        }
      }
      for (const [path, who] of reads) {
        const { status, message } = await send("GET", path, who)
        answers.push({ request: `GET ${path.slice(0, 120)}`, status, message })
      }

      expect(answers.length).toBeGreaterThanOrEqual(200)
      const wrong = answers.filter((a) => a.status < 400 || a.status >= 500 || !a.message.trim())
      expect(wrong.map((a) => `${a.request} → ${a.status} ${a.message.slice(0, 100)}`)).toEqual([])
      const after = await fingerprint()
      const changed = Object.keys(after).filter((table) => after[table] !== before[table])
      expect(changed).toEqual([])
    })
  },
})
