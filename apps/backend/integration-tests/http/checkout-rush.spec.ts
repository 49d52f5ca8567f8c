import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { CHECKOUT_GATE_MODULE } from "../../src/modules/checkout-gate"
import type CheckoutGateService from "../../src/modules/checkout-gate/service"
import { settleAllInterrupted } from "../../src/lib/checkout-attempts"
import { ORDER_CART_KEY } from "../../src/workflows/settle-interrupted-checkout/steps/settle-interrupted-checkout"
import { type AdminCall, databaseUrlOf, seededShop } from "../helpers"
// @ts-ignore plain ESM helpers shared with `npm run bench:flash`
import { createFlashStock, ledger, readyBuyers, rush, summarise } from "../../bin/flash-sale.mjs"
// @ts-ignore
import { completeCart } from "../../bin/shopper.mjs"

/** A process that no longer exists, as a checkout attempt left by a server killed mid-completion names it. */
const GONE = "gone-host:4242:deadbeef"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConfig }) => {
    let key: string
    let url: string
    let admin: AdminCall
    const databaseUrl = () => databaseUrlOf(dbConfig)

    beforeAll(async () => {
      ;({ admin, key, url } = await seededShop(getContainer(), api))
    })

    const gate = () => getContainer().resolve<CheckoutGateService>(CHECKOUT_GATE_MODULE)
    const attemptsLeft = async () => (await gate().listCheckoutAttempts({})).length

    describe("a rush of buyers for a few boxes (one server, in-memory modules)", () => {
      it("60 buyers for 20 boxes: 20 orders, 40 answers of sold out, no 5xx, every box reserved once", async () => {
        const stock = await createFlashStock(admin, { title: "骏枣 rush", units: 20 })
        const ready: string[] = await readyBuyers([url], key, { count: 61, items: () => [{ variant_id: stock.variantIds[0], quantity: 1 }] })
        const [late, ...carts] = ready
        const { answers } = await rush([url], key, carts)
        const summary = summarise(answers)
        expect(summary.answers).toEqual({ 200: 20, 409: 40 })
        expect(summary.fivexx).toBe(0)

        const lost = answers.filter((a: any) => a.status === 409)
        for (const a of lost) {
          expect(a.body).toMatchObject({ type: "not_allowed", code: "sold_out" })
          expect(a.body.lines).toEqual([expect.objectContaining({ variant_id: stock.variantIds[0], requested: 1, available: 0 })])
          expect(a.body.message).toMatch(/^Sold out \(骏枣 rush .* · 1 盒: 0 left, this cart has 1\)/)
        }
        const book = await ledger(databaseUrl(), { cartIds: carts, inventoryItemIds: [stock.inventoryItemId] })
        const winners = answers.filter((a: any) => a.status === 200).map((a: any) => a.cartId).sort()
        expect(book.orders.map((o: any) => o.cart_id).sort()).toEqual(winners)
        expect(new Set(answers.filter((a: any) => a.status === 200).map((a: any) => a.body.order.id)).size).toBe(20)
        expect(book.items[stock.inventoryItemId]).toMatchObject({ stocked: 20, reserved: 20, reservations: 20 })
        expect(book.lines.every((l: any) => l.reserved === l.quantity)).toBe(true)
        expect(await attemptsLeft()).toBe(0)

        // Sold out now: a latecomer whose cart was ready before is told so, and nothing changes.
        const answer = await completeCart(url, key, late)
        expect(answer.status).toBe(409)
        expect(answer.body.code).toBe("sold_out")
        expect((await ledger(databaseUrl(), { cartIds: [late], inventoryItemIds: [stock.inventoryItemId] })).items[stock.inventoryItemId].reserved).toBe(20)
      })

      it("buyers of 2 or 3 boxes each: never oversold, and nobody is turned away while their boxes are left", async () => {
        const stock = await createFlashStock(admin, { title: "灰枣 rush", units: 20 })
        const need = (n: number) => 2 + (n % 2)
        const carts: string[] = await readyBuyers([url], key, { count: 24, items: (n: number) => [{ variant_id: stock.variantIds[0], quantity: need(n) }] })
        const { answers } = await rush([url], key, carts)
        expect(summarise(answers).fivexx).toBe(0)
        const sold = answers.reduce((sum: number, a: any, n: number) => sum + (a.status === 200 ? need(n) : 0), 0)
        const book = await ledger(databaseUrl(), { cartIds: carts, inventoryItemIds: [stock.inventoryItemId] })
        expect(book.items[stock.inventoryItemId]).toMatchObject({ reserved: sold, reservations: sold })
        expect(sold).toBeLessThanOrEqual(20)
        answers.forEach((a: any, n: number) => {
          if (a.status === 200) return
          expect(a.status).toBe(409)
          expect(need(n)).toBeGreaterThan(20 - sold)
          expect(a.body.lines[0]).toMatchObject({ requested: need(n), available: 20 - sold })
        })
      })

      it("two lines drawing on one inventory item add up (medusa#16502): a cart needing 3 of 2 is sold out", async () => {
        const stock = await createFlashStock(admin, {
          title: "苹果 rush",
          units: 2,
          variants: [{ title: "1 盒", perUnit: 1 }, { title: "2 盒装", perUnit: 2 }],
        })
        const [single, pair] = stock.variantIds
        const [both] = await readyBuyers([url], key, { count: 1, items: () => [{ variant_id: single, quantity: 1 }, { variant_id: pair, quantity: 1 }] })
        const answer = await completeCart(url, key, both)
        expect(answer.status).toBe(409)
        expect(answer.body.lines.map((l: any) => [l.variant_id, l.requested, l.available]).sort()).toEqual(
          [[single, 1, 2], [pair, 1, 1]].sort()
        )
        expect((await ledger(databaseUrl(), { cartIds: [both], inventoryItemIds: [stock.inventoryItemId] })).items[stock.inventoryItemId]).toMatchObject({ reserved: 0, reservations: 0 })

        const [justPair] = await readyBuyers([url], key, { count: 1, items: () => [{ variant_id: pair, quantity: 1 }] })
        expect((await completeCart(url, key, justPair)).status).toBe(200)
        expect((await ledger(databaseUrl(), { cartIds: [justPair], inventoryItemIds: [stock.inventoryItemId] })).items[stock.inventoryItemId]).toMatchObject({ stocked: 2, reserved: 2, reservations: 2 })
      })

      it("carts mixing a contested and a plentiful item, beside buyers of the plentiful one alone", async () => {
        const stock = await createFlashStock(admin, { title: "核桃 rush", units: 10, sideUnits: 100 })
        const carts: string[] = await readyBuyers([url], key, {
          count: 40,
          items: (n: number) =>
            n % 4 === 3 ? [{ variant_id: stock.side.variantId, quantity: 1 }] : [{ variant_id: stock.variantIds[0], quantity: 1 }, { variant_id: stock.side.variantId, quantity: 1 }],
        })
        const { answers } = await rush([url], key, carts)
        const mixed = answers.filter((_: any, n: number) => n % 4 !== 3)
        const sideOnly = answers.filter((_: any, n: number) => n % 4 === 3)
        expect(summarise(mixed).answers).toEqual({ 200: 10, 409: 20 })
        expect(summarise(sideOnly).answers).toEqual({ 200: 10 })
        const book = await ledger(databaseUrl(), { cartIds: carts, inventoryItemIds: [stock.inventoryItemId, stock.side.inventoryItemId] })
        expect(book.items[stock.inventoryItemId]).toMatchObject({ reserved: 10, reservations: 10 })
        expect(book.items[stock.side.inventoryItemId]).toMatchObject({ reserved: 20, reservations: 20 })
      })

      it("the same cart completed twice at once makes one order", async () => {
        const stock = await createFlashStock(admin, { title: "巴旦木 rush", units: 5 })
        const [cart] = await readyBuyers([url], key, { count: 1, items: () => [{ variant_id: stock.variantIds[0], quantity: 1 }] })
        const { answers } = await rush([url], key, [cart, cart, cart])
        expect(answers.map((a: any) => a.status)).toEqual([200, 200, 200])
        expect(new Set(answers.map((a: any) => a.body.order.id)).size).toBe(1)
        const book = await ledger(databaseUrl(), { cartIds: [cart], inventoryItemIds: [stock.inventoryItemId] })
        expect(book.orders).toHaveLength(1)
        expect(book.items[stock.inventoryItemId]).toMatchObject({ reserved: 1, reservations: 1 })
      })
    })

    describe("completions that died with their server process", () => {
      const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const ordersFromCart = async (cartId: string) => {
        const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
        return (await knex("order").select("id").whereNull("deleted_at").whereRaw("metadata->>? = ?", [ORDER_CART_KEY, cartId])).map((o: any) => o.id)
      }
      /** What a process that died mid-completion leaves: its attempt, the cart's mark, an unlinked order and its reservation. */
      const leaveDeadCompletion = async (cartId: string, stock: { inventoryItemId: string; variantIds: string[] }, title: string) => {
        await getContainer().resolve(Modules.CART).updateCarts(cartId, { metadata: { [ORDER_CART_KEY]: cartId } })
        const [orphan] = await getContainer().resolve(Modules.ORDER).createOrders([
          { email: "gone@tarim.test", currency_code: "cny", metadata: { [ORDER_CART_KEY]: cartId }, items: [{ title, quantity: 1, unit_price: 99, variant_id: stock.variantIds[0] }] },
        ])
        const levels = await getContainer().resolve(Modules.INVENTORY).listInventoryLevels({ inventory_item_id: stock.inventoryItemId })
        await getContainer().resolve(Modules.INVENTORY).createReservationItems([
          { inventory_item_id: stock.inventoryItemId, location_id: levels[0].location_id, quantity: 1, line_item_id: orphan.items![0].id },
        ])
        await gate().createCheckoutAttempts({ cart_id: cartId, owner: GONE })
      }

      it("an order made but never linked (died right after creating it) is removed, and the cart then buys once", async () => {
        const stock = await createFlashStock(admin, { title: "葡萄干 crash", units: 3 })
        const [cart] = await readyBuyers([url], key, { count: 1, items: () => [{ variant_id: stock.variantIds[0], quantity: 1 }] })
        await leaveDeadCompletion(cart, stock, "葡萄干")

        const answer = await completeCart(url, key, cart)
        expect(answer.status).toBe(200)
        expect(await ordersFromCart(cart)).toEqual([answer.body.order.id])
        const book = await ledger(databaseUrl(), { cartIds: [cart], inventoryItemIds: [stock.inventoryItemId] })
        expect(book.orders.map((o: any) => o.order_id)).toEqual([answer.body.order.id])
        expect(book.items[stock.inventoryItemId]).toMatchObject({ stocked: 3, reserved: 1, reservations: 1 })
        expect(await attemptsLeft()).toBe(0)
      })

      it("the last box held by a completion that died is sold to the next buyer, not answered sold out", async () => {
        const stock = await createFlashStock(admin, { title: "红枣 crash", units: 1 })
        const [dead, next] = await readyBuyers([url], key, { count: 2, items: () => [{ variant_id: stock.variantIds[0], quantity: 1 }] })
        // The dead process made an order from `dead` and reserved the only box, but never linked or paid it.
        await leaveDeadCompletion(dead, stock, "红枣")

        const answer = await completeCart(url, key, next)
        expect(answer.status).toBe(200)
        expect(await ordersFromCart(dead)).toEqual([])
        const book = await ledger(databaseUrl(), { cartIds: [next], inventoryItemIds: [stock.inventoryItemId] })
        expect(book.orders.map((o: any) => o.order_id)).toEqual([answer.body.order.id])
        expect(book.items[stock.inventoryItemId]).toMatchObject({ stocked: 1, reserved: 1, reservations: 1 })
        expect(await attemptsLeft()).toBe(0)
      })

      it("a completion that got through but never answered keeps its order; asking again returns it", async () => {
        const stock = await createFlashStock(admin, { title: "无花果 crash", units: 3 })
        const [cart] = await readyBuyers([url], key, { count: 1, items: () => [{ variant_id: stock.variantIds[0], quantity: 2 }] })
        const first = await completeCart(url, key, cart)
        expect(first.status).toBe(200)
        await gate().createCheckoutAttempts({ cart_id: cart, owner: GONE })

        expect(await settleAllInterrupted(getContainer())).toBe(1)
        expect(await attemptsLeft()).toBe(0)
        const again = await completeCart(url, key, cart)
        expect(again.body.order.id).toBe(first.body.order.id)
        const book = await ledger(databaseUrl(), { cartIds: [cart], inventoryItemIds: [stock.inventoryItemId] })
        expect(book.orders).toHaveLength(1)
        expect(book.items[stock.inventoryItemId]).toMatchObject({ reserved: 2, reservations: 2 })
      })

      it("a completion cut off before the payment was authorised is undone: no order, no reservation, cart payable again", async () => {
        const stock = await createFlashStock(admin, { title: "香梨 crash", units: 3 })
        const [cart] = await readyBuyers([url], key, { count: 1, items: () => [{ variant_id: stock.variantIds[0], quantity: 1 }] })
        const first = await completeCart(url, key, cart)
        // As if the process died before the last step: the order, link and reservation exist, the payment does not.
        const {
          data: [withPayment],
        } = await query().graph({ entity: "cart", fields: ["payment_collection.payment_sessions.id", "payment_collection.payments.id"], filters: { id: cart } })
        const collection = (withPayment as any).payment_collection
        // deletePayments is generated by MedusaService but not on the module's public interface.
        await (getContainer().resolve(Modules.PAYMENT) as any).deletePayments(collection.payments.map((p: any) => p.id))
        const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
        await knex("payment_session").whereIn("id", collection.payment_sessions.map((s: any) => s.id)).update({ status: "pending", authorized_at: null })
        await gate().createCheckoutAttempts({ cart_id: cart, owner: GONE })

        expect(await settleAllInterrupted(getContainer())).toBe(1)
        expect(await ordersFromCart(cart)).toEqual([])
        let book = await ledger(databaseUrl(), { cartIds: [cart], inventoryItemIds: [stock.inventoryItemId] })
        expect(book.orders).toEqual([])
        expect(book.items[stock.inventoryItemId]).toMatchObject({ reserved: 0, reservations: 0 })
        const {
          data: [reopened],
        } = await query().graph({ entity: "cart", fields: ["completed_at"], filters: { id: cart } })
        expect(reopened.completed_at).toBeNull()

        const again = await completeCart(url, key, cart)
        expect(again.status, JSON.stringify(again.body)).toBe(200)
        expect(again.body.order.id).not.toBe(first.body.order.id)
        book = await ledger(databaseUrl(), { cartIds: [cart], inventoryItemIds: [stock.inventoryItemId] })
        expect(book.orders).toHaveLength(1)
        expect(book.items[stock.inventoryItemId]).toMatchObject({ reserved: 1, reservations: 1 })
      })

      it("a live process's attempt is left alone", async () => {
        const cart = "cart_still_completing"
        const attempt = await gate().createCheckoutAttempts({ cart_id: cart, owner: gate().owner })
        expect(await settleAllInterrupted(getContainer())).toBe(0)
        expect((await gate().listCheckoutAttempts({ cart_id: cart })).map((a: any) => a.id)).toEqual([attempt.id])
        await gate().deleteCheckoutAttempts(attempt.id)
      })
    })
  },
})
