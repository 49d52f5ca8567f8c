import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { type AdminCall, databaseUrlOf, seededShop } from "../helpers"
import { startStripeStandIn, type StripeSide } from "./stand-in"
import { stripeTestMode } from "./test-mode"
// @ts-ignore plain ESM helpers shared with `npm run bench:flash`
import { createFlashStock, ledger } from "../../bin/flash-sale.mjs"
// @ts-ignore
import { completeCart, readyCart } from "../../bin/shopper.mjs"

// Medusa's Stripe provider, configured as in production, talking to the Stripe stand-in; or, opt-in, to Stripe's
// test mode when STRIPE_API_KEY=sk_test_… is set.
const SECRET = "whsec_tarim_webhook_suite"
// Registered before the test runner's own hooks, so the backend starts with this configuration.
const testModeKey = process.env.STRIPE_API_KEY
let stripe: StripeSide
beforeAll(async () => {
  stripe = testModeKey ? stripeTestMode(testModeKey, SECRET) : await startStripeStandIn(SECRET)
  process.env.STRIPE_API_KEY = testModeKey ?? "sk_test_tarim_stand_in"
  process.env.STRIPE_WEBHOOK_SECRET = SECRET
  if (stripe.url) process.env.STRIPE_API_BASE = stripe.url
})
afterAll(() => stripe.close())

const ADDRESS = { first_name: "王", last_name: "芳", address_1: "椒江区 市府大道 1 号", city: "台州", province: "浙江", postal_code: "318000", phone: "13900002000" }
/** Medusa handles a webhook 5 s after it arrives; this is long enough for five of them to have run. */
const SETTLE_MS = 9_000
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConfig }) => {
    let key: string
    let url: string
    let admin: AdminCall
    const databaseUrl = () => databaseUrlOf(dbConfig)

    beforeAll(async () => {
      ;({ admin, key, url } = await seededShop(getContainer(), api))
    })

    /** A cart ready to pay by card: 2 boxes of a fresh product with `units` in stock, and its PaymentIntent. */
    async function cardCart(title: string, units = 5) {
      const stock = await createFlashStock(admin, { title, units })
      const cartId: string = await readyCart(url, key, {
        items: [{ variant_id: stock.variantIds[0], quantity: 2 }],
        email: `card-${Date.now()}@tarim.test`,
        address: ADDRESS,
        provider: "pp_stripe_stripe",
      })
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: [cart] } = await query.graph({ entity: "cart", fields: ["total", "payment_collection.payment_sessions.*"], filters: { id: cartId } })
      const session = cart.payment_collection!.payment_sessions![0]!
      return { cartId, stock, intentId: session.data!.id as string, total: Number(cart.total) }
    }

    /** Everything a payment can change: the cart's orders, its payments and captures, the item's stock. */
    async function state(cart: { cartId: string; stock: { inventoryItemId: string } }) {
      const book = await ledger(databaseUrl(), { cartIds: [cart.cartId], inventoryItemIds: [cart.stock.inventoryItemId] })
      const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const payments = await knex("payment as p")
        .join("cart_payment_collection as cpc", "cpc.payment_collection_id", "p.payment_collection_id")
        .where("cpc.cart_id", cart.cartId)
        .whereNull("p.deleted_at")
        .select("p.id", "p.amount", "p.captured_at", knex.raw("(SELECT count(*)::int FROM capture c WHERE c.payment_id = p.id AND c.deleted_at IS NULL) AS captures"))
      const [{ completed_at }] = await knex("cart").where("id", cart.cartId).select("completed_at")
      return {
        orders: book.orders.map((o: any) => o.order_id),
        payments: payments.map((p: any) => ({ amount: Number(p.amount), captured: !!p.captured_at, captures: p.captures })),
        stock: book.items[cart.stock.inventoryItemId],
        completed: !!completed_at,
      }
    }

    /** Delivers a webhook body with its Stripe-Signature header, as Stripe does. */
    const deliver = (event: { payload: string; signature?: string }) =>
      fetch(`${url}/hooks/payment/stripe_stripe`, {
        method: "POST",
        headers: { "content-type": "application/json", ...(event.signature ? { "stripe-signature": event.signature } : {}) },
        body: event.payload,
      }).then(async (res) => ({ status: res.status, text: await res.text() }))

    const until = async <T>(read: () => Promise<T>, done: (value: T) => boolean) => {
      for (let waited = 0; waited < 30_000; waited += 500) {
        const value = await read()
        if (done(value)) return value
        await sleep(500)
      }
      return read()
    }

    it("a shopper who pays and closes the tab gets the order from the webhook, once, though Stripe delivers the event five times at once", async () => {
      const cart = await cardCart("骏枣 webhook")
      await stripe.pay(cart.intentId)
      const event = await stripe.event("payment_intent.succeeded", cart.intentId)
      const answers = await Promise.all(Array.from({ length: 5 }, () => deliver(event)))
      expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200])

      await until(() => state(cart), (s) => s.orders.length > 0)
      await sleep(SETTLE_MS)
      const after = await state(cart)
      expect(after.orders).toHaveLength(1)
      expect(after.completed).toBe(true)
      expect(after.payments).toEqual([{ amount: cart.total, captured: true, captures: 1 }])
      expect(after.stock).toMatchObject({ stocked: 5, reserved: 2, reservations: 2 })
      expect(await stripe.captures(cart.intentId)).toBe(1)
    })

    it("the return page completing the cart while the webhooks arrive makes one order, the one the page shows", async () => {
      const cart = await cardCart("核桃 webhook")
      await stripe.pay(cart.intentId)
      const event = await stripe.event("payment_intent.succeeded", cart.intentId)
      const [page] = await Promise.all([completeCart(url, key, cart.cartId), ...Array.from({ length: 5 }, () => deliver(event))])
      expect(page.status).toBe(200)

      await sleep(SETTLE_MS)
      const after = await state(cart)
      expect(after.orders).toEqual([page.body.order.id])
      expect(after.payments).toEqual([{ amount: cart.total, captured: true, captures: 1 }])
      expect(after.stock).toMatchObject({ stocked: 5, reserved: 2, reservations: 2 })
      expect(await stripe.captures(cart.intentId)).toBe(1)
    })

    it("events out of order (succeeded before amount_capturable_updated) end in one captured order", async () => {
      const cart = await cardCart("葡萄干 webhook")
      await stripe.pay(cart.intentId)
      expect((await deliver(await stripe.event("payment_intent.succeeded", cart.intentId))).status).toBe(200)
      expect((await deliver(await stripe.event("payment_intent.amount_capturable_updated", cart.intentId))).status).toBe(200)

      await until(() => state(cart), (s) => s.orders.length > 0)
      await sleep(SETTLE_MS)
      const after = await state(cart)
      expect(after.orders).toHaveLength(1)
      expect(after.payments).toEqual([{ amount: cart.total, captured: true, captures: 1 }])
      expect(after.stock).toMatchObject({ reserved: 2, reservations: 2 })
    })

    it("a forged, stale, tampered or missing signature is a 400 and changes nothing", async () => {
      const cart = await cardCart("苹果 webhook")
      await stripe.pay(cart.intentId)
      const before = await state(cart)
      const good = await stripe.event("payment_intent.succeeded", cart.intentId)
      const refused = [
        await stripe.event("payment_intent.succeeded", cart.intentId, { secret: "whsec_someone_else" }),
        await stripe.event("payment_intent.succeeded", cart.intentId, { timestamp: Math.floor(Date.now() / 1000) - 600 }),
        { payload: good.payload.replace(`"status":"succeeded"`, `"status":"requires_capture"`), signature: good.signature },
        { payload: good.payload },
        { payload: good.payload, signature: "t=1,v1=00" },
      ]
      expect(refused[2].payload).not.toBe(good.payload)
      const answers = await Promise.all(refused.map(deliver))
      expect(answers.map((a) => a.status)).toEqual([400, 400, 400, 400, 400])
      expect(answers.map((a) => JSON.parse(a.text).message)).toEqual([
        expect.stringMatching(/^The stripe_stripe webhook was refused: .*No signatures found matching the expected signature/),
        expect.stringMatching(/^The stripe_stripe webhook was refused: .*Timestamp outside the tolerance zone/),
        expect.stringMatching(/^The stripe_stripe webhook was refused: .*No signatures found matching the expected signature/),
        expect.stringMatching(/^The stripe_stripe webhook was refused: .*No stripe-signature header/),
        expect.stringMatching(/^The stripe_stripe webhook was refused: .*(tolerance|No signatures found)/),
      ])
      await sleep(SETTLE_MS)
      expect(await state(cart)).toEqual(before)
      expect(before).toMatchObject({ orders: [], payments: [], completed: false, stock: { reserved: 0 } })
    })

    it("a declined card releases nothing it did not hold and leaves the cart payable: a new session, paid, makes the order", async () => {
      const cart = await cardCart("香梨 webhook")
      await stripe.decline(cart.intentId)
      expect((await deliver(await stripe.event("payment_intent.payment_failed", cart.intentId))).status).toBe(200)
      // The shopper (or the return page) tries to complete anyway: refused with a 4xx, and everything it reserved
      // for the attempt is given back.
      const tried = await completeCart(url, key, cart.cartId)
      expect(tried.status).toBe(400)
      expect(tried.body.message).toMatch(/not authorized/)

      await sleep(SETTLE_MS)
      expect(await state(cart)).toMatchObject({ orders: [], payments: [], completed: false, stock: { stocked: 5, reserved: 0, reservations: 0 } })

      // The storefront opens a new session for a failed one (lib/medusa/payments.ts), and the shopper pays it.
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: [{ payment_collection }] } = await query.graph({ entity: "cart", fields: ["payment_collection.id"], filters: { id: cart.cartId } })
      const { data } = await api.post(`/store/payment-collections/${payment_collection!.id}/payment-sessions`, { provider_id: "pp_stripe_stripe" }, { headers: { "x-publishable-api-key": key } })
      const retry = data.payment_collection.payment_sessions.find((s: any) => s.provider_id === "pp_stripe_stripe")
      expect(retry.data.id).not.toBe(cart.intentId)
      await stripe.pay(retry.data.id)
      const paid = await completeCart(url, key, cart.cartId)
      expect(paid.status).toBe(200)
      const after = await state(cart)
      expect(after.orders).toEqual([paid.body.order.id])
      expect(after.payments).toEqual([{ amount: cart.total, captured: true, captures: 1 }])
      expect(after.stock).toMatchObject({ reserved: 2, reservations: 2 })
      expect(await stripe.captures(cart.intentId)).toBe(0)
      expect(await stripe.captures(retry.data.id)).toBe(1)
    })
  },
})
