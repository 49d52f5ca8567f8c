import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { seedDemoCatalog } from "../../src/scripts/seed"
import { LOGIN_LIMITS } from "../../src/api/login-throttle"
import { storeHeaders } from "../helpers"
// @ts-ignore plain ESM helpers shared with the simulator and benches
import { completeCart, readyCart } from "../../bin/shopper.mjs"

const ADDRESS = { first_name: "李", last_name: "娜", address_1: "解放路 88 号", city: "台州", province: "浙江", postal_code: "318000", phone: "13800001000" }
const FIELDS = "id,display_id,status,email,total,*items,*shipping_address"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let key: string
    let url: string
    let walnut: string
    const store = (extra: Record<string, string> = {}) => ({ headers: { "x-publishable-api-key": key, ...extra }, validateStatus: () => true })

    /** A registered, signed-in customer: their bearer token and customer id. */
    async function customer(email: string) {
      const password = "customer-password-1"
      const { data: registration } = await api.post("/auth/customer/emailpass/register", { email, password }, store())
      const { data } = await api.post("/store/customers", { email, first_name: "顾客" }, store({ authorization: `Bearer ${registration.token}` }))
      const { data: login } = await api.post("/auth/customer/emailpass", { email, password }, store())
      return { token: login.token as string, id: data.customer.id as string }
    }

    /** Places an order as a guest, or for a signed-in customer (the cart is theirs before it completes). */
    async function order(email: string, buyer?: { token: string }) {
      const cartId = await readyCart(url, key, { items: [{ variant_id: walnut, quantity: 1 }], email, address: ADDRESS })
      if (buyer) await api.post(`/store/carts/${cartId}/customer`, {}, store({ authorization: `Bearer ${buyer.token}` }))
      const { status, body } = await completeCart(url, key, cartId)
      expect(status).toBe(200)
      return body as { order: { id: string }; order_access: { token: string; expires_at: string } }
    }

    const read = (orderId: string, extra: Record<string, string> = {}) => api.get(`/store/orders/${orderId}?fields=${FIELDS}`, store(extra))

    beforeAll(async () => {
      const container = getContainer()
      await seedDemoCatalog(container, { demoOrders: 0 })
      key = (await storeHeaders(container)).headers["x-publishable-api-key"]
      url = api.defaults.baseURL!
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "product", fields: ["variants.id"], filters: { handle: "aksu-thin-shell-walnut" } })
      walnut = data[0].variants[0].id
    })

    describe("an order's personal details are for its buyer only", () => {
      it("the signed-in buyer sees all of it; another customer and an anonymous visitor see number, status, lines and total only", async () => {
        const buyer = await customer("buyer@tarim.test")
        const other = await customer("neighbour@tarim.test")
        const { order: placed } = await order("buyer@tarim.test", buyer)

        const own = await read(placed.id, { authorization: `Bearer ${buyer.token}` })
        expect(own.status).toBe(200)
        expect(own.data.access).toBe("full")
        expect(own.data.order).toMatchObject({ email: "buyer@tarim.test", shipping_address: { phone: "13800001000", address_1: "解放路 88 号" } })

        for (const stranger of [{ authorization: `Bearer ${other.token}` }, {} as Record<string, string>]) {
          const seen = await read(placed.id, stranger)
          expect(seen.status).toBe(200)
          expect(seen.data.access).toBe("masked")
          expect(Object.keys(seen.data.order).sort()).toEqual(["display_id", "fulfillment_status", "id", "items", "payment_status", "status", "total"])
          expect(JSON.stringify(seen.data)).not.toMatch(/13800001000|解放路|buyer@tarim\.test/)
        }
      })

      it("the guest browser that completed the cart reads it with its token; a forged, foreign or expired token does not", async () => {
        const { order: placed, order_access } = await order("guest@tarim.test")
        expect(Date.parse(order_access.expires_at) - Date.now()).toBeGreaterThan(23 * 3600_000)
        expect((await read(placed.id, { "x-order-access": order_access.token })).data.access).toBe("full")

        const { order: another, order_access: anotherAccess } = await order("guest@tarim.test")
        const [expires, signature] = order_access.token.split(".")
        for (const token of [anotherAccess.token, `${expires}.${signature.slice(0, -2)}xx`, `${Date.now() - 1}.${signature}`, "nonsense"]) {
          expect((await read(placed.id, { "x-order-access": token })).data.access).toBe("masked")
        }
        expect((await read(another.id, { "x-order-access": anotherAccess.token })).data.access).toBe("full")
      })

      it("a guest on another device proves email and phone and gets the token; a wrong pair gets 404 and, repeated, 429", async () => {
        const { order: placed } = await order("Traveller@Tarim.test")
        const prove = (body: Record<string, string>, address = "10.20.0.1") =>
          api.post(`/store/orders/${placed.id}/access`, body, store({ "x-forwarded-for": address }))

        const granted = await prove({ email: "traveller@tarim.test", phone: "+86 138-0000-1000" })
        expect(granted.status).toBe(200)
        expect((await read(placed.id, { "x-order-access": granted.data.order_access.token })).data.access).toBe("full")

        for (const wrong of [{ email: "traveller@tarim.test", phone: "13800001001" }, { email: "someone@tarim.test", phone: "13800001000" }]) {
          const refused = await prove(wrong)
          expect(refused.status).toBe(404)
          expect(refused.data.message).toContain("check both")
        }
        expect((await api.post("/store/orders/order_does_not_exist/access", { email: "traveller@tarim.test", phone: "13800001000" }, store())).status).toBe(404)
        expect((await prove({ email: "traveller@tarim.test" })).status).toBe(400)

        // Guessing phone numbers for one order and email runs into the sign-in throttle.
        const statuses: number[] = []
        for (let n = 0; n < LOGIN_LIMITS.perAccount; n++) statuses.push((await prove({ email: "traveller@tarim.test", phone: `1390000${1000 + n}` }, "10.20.0.2")).status)
        expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0)
        expect((await prove({ email: "traveller@tarim.test", phone: "13800001000" }, "10.20.0.3")).status).toBe(429)
      })
    })
  },
})
