import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { seedDemoCatalog } from "../../src/scripts/seed"
import { storeHeaders } from "../helpers"
// @ts-ignore plain ESM helpers shared with the simulator and benches
import { completeCart, readyCart } from "../../bin/shopper.mjs"

const ADDRESS = { first_name: "王", last_name: "芳", address_1: "人民路 1 号", city: "阿拉尔", province: "新疆", postal_code: "843300", phone: "13900002000" }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let key: string
    let url: string
    let walnut: string
    const as = (token?: string) => ({ headers: { "x-publishable-api-key": key, ...(token ? { authorization: `Bearer ${token}` } : {}) }, validateStatus: () => true })

    async function customer(email: string) {
      const password = "customer-password-1"
      const { data: registration } = await api.post("/auth/customer/emailpass/register", { email, password }, as())
      await api.post("/store/customers", { email, first_name: email.split("@")[0] }, as(registration.token))
      const { data: login } = await api.post("/auth/customer/emailpass", { email, password }, as())
      const token = login.token as string
      const { data: address } = await api.post("/store/customers/me/addresses", { ...ADDRESS, country_code: "cn" }, as(token))
      const cartId = await readyCart(url, key, { items: [{ variant_id: walnut, quantity: 1 }], email, address: ADDRESS })
      await api.post(`/store/carts/${cartId}/customer`, {}, as(token))
      const { body } = await completeCart(url, key, cartId)
      return { token, email, orderId: body.order.id as string, addressId: address.customer.addresses[0].id as string }
    }

    beforeAll(async () => {
      const container = getContainer()
      await seedDemoCatalog(container, { demoOrders: 0 })
      key = (await storeHeaders(container)).headers["x-publishable-api-key"]
      url = api.defaults.baseURL!
      const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product", fields: ["variants.id"], filters: { handle: "aksu-thin-shell-walnut" } })
      walnut = data[0].variants[0].id
    })

    it("customer A cannot read or change B's orders, addresses or account through the store API", async () => {
      const a = await customer("amy@tarim.test")
      const b = await customer("bo@tarim.test")
      const snapshot = async () => (await api.get("/store/customers/me?fields=id,email,first_name,*addresses", as(b.token))).data.customer

      const before = await snapshot()
      // By list: A's history holds A's order only.
      const { data: history } = await api.get("/store/orders?fields=id", as(a.token))
      expect(history.orders.map((o: any) => o.id)).toEqual([a.orderId])
      // By id: B's order shows A nothing personal.
      const seen = await api.get(`/store/orders/${b.orderId}?fields=id,email,*shipping_address`, as(a.token))
      expect(seen.data.access).toBe("masked")
      expect(JSON.stringify(seen.data)).not.toContain("bo@tarim.test")
      // B's address by id, to read, change or delete it.
      const attempts = [
        await api.get(`/store/customers/me/addresses/${b.addressId}`, as(a.token)),
        await api.post(`/store/customers/me/addresses/${b.addressId}`, { address_1: "被改了" }, as(a.token)),
        await api.delete(`/store/customers/me/addresses/${b.addressId}`, as(a.token)),
      ]
      expect(attempts.map((r) => r.status)).toEqual([404, 404, 404])
      // "Me" is always the token's customer.
      expect((await api.get("/store/customers/me", as(a.token))).data.customer.email).toBe("amy@tarim.test")
      expect(await snapshot()).toEqual(before)
    })

    it("customer A cannot read, change, complete or take B's cart, whatever cart id A holds; B's cart is untouched", async () => {
      const a = await customer("ann@tarim.test")
      const b = await customer("ben@tarim.test")
      // B's open cart, started while signed in.
      const { data: created } = await api.post("/store/carts", { items: [{ variant_id: walnut, quantity: 2 }] }, as(b.token))
      const cartId = created.cart.id as string
      await api.post(`/store/carts/${cartId}`, { email: b.email, shipping_address: { ...ADDRESS, country_code: "cn" } }, as(b.token))
      const look = async () => {
        const { data } = await api.get(`/store/carts/${cartId}?fields=id,email,customer_id,completed_at,*items,*shipping_address`, as(b.token))
        return data.cart
      }
      const before = await look()
      expect(before).toMatchObject({ email: b.email, items: [expect.objectContaining({ quantity: 2 })] })

      // A, signed in, holding B's cart id: a swapped cookie is exactly this.
      {
        const token = a.token
        const attempts = [
          await api.get(`/store/carts/${cartId}`, as(token)),
          await api.post(`/store/carts/${cartId}`, { email: "thief@tarim.test" }, as(token)),
          await api.post(`/store/carts/${cartId}/line-items`, { variant_id: walnut, quantity: 1 }, as(token)),
          await api.post(`/store/carts/${cartId}/line-items/${before.items[0].id}`, { quantity: 9 }, as(token)),
          await api.delete(`/store/carts/${cartId}/line-items/${before.items[0].id}`, as(token)),
          await api.post(`/store/carts/${cartId}/complete`, {}, as(token)),
          await api.post(`/store/carts/${cartId}/customer`, {}, as(token)),
        ]
        expect(attempts.map((r) => r.status)).toEqual(attempts.map(() => 404))
        expect(JSON.stringify(attempts.map((r) => r.data))).not.toContain(b.email)
      }
      expect(await look()).toEqual(before)
      // There is no list of carts to browse.
      expect((await api.get("/store/carts", as(a.token))).status).toBe(404)
    })
  },
})
