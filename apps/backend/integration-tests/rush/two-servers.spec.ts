// The rush on the production stack's shape: two `medusa start` servers and a worker, sharing the embedded Postgres
// and a real Redis (Debian's redis-server), buyers split across both servers, and a server killed with SIGKILL.
// @ts-ignore plain ESM helpers shared with `npm run bench:flash`
import { startProductionBackend, TEST_ADMIN } from "../../bin/production-backend.mjs"
// @ts-ignore
import { adminApi, createFlashStock, ledger, readyBuyers, rush, summarise } from "../../bin/flash-sale.mjs"
import pg from "pg"

type Backend = Awaited<ReturnType<typeof startProductionBackend>>
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
/** How long a dead server's claims and checkout attempts take to lapse (the checkout gate's lease) plus slack. */
const LEASE_MS = 6_000 + 2_000

describe("checkout rush on two servers and a worker with Redis", () => {
  let backend: Backend
  let admin: (method: string, path: string, body?: unknown) => Promise<any>

  beforeAll(async () => {
    backend = await startProductionBackend({ servers: 2, worker: true, log: (line: string) => console.log(`[two-servers] ${line}`) })
    admin = await adminApi(backend.url, TEST_ADMIN)
  }, 600_000)

  afterAll(async () => {
    await backend?.stop()
  })

  const attemptsLeft = async () => {
    const client = new pg.Client({ connectionString: backend.databaseUrl })
    await client.connect()
    try {
      return Number((await client.query("SELECT count(*) FROM checkout_attempt WHERE deleted_at IS NULL")).rows[0].count)
    } finally {
      await client.end()
    }
  }

  it("60 buyers for 20 boxes over both servers: 20 orders, 40 sold out, no 5xx", async () => {
    const stock = await createFlashStock(admin, { title: "骏枣 two servers", units: 20 })
    const carts: string[] = await readyBuyers(backend.urls, backend.publishableKey, { count: 60, items: () => [{ variant_id: stock.variantIds[0], quantity: 1 }] })
    const { answers } = await rush(backend.urls, backend.publishableKey, carts)
    expect(summarise(answers).answers).toEqual({ 200: 20, 409: 40 })
    for (const url of backend.urls) expect(answers.filter((a: any) => a.url === url && a.status === 200).length).toBeGreaterThan(0)
    const book = await ledger(backend.databaseUrl, { cartIds: carts, inventoryItemIds: [stock.inventoryItemId] })
    const winners = answers.filter((a: any) => a.status === 200).map((a: any) => a.cartId).sort()
    expect(book.orders.map((o: any) => o.cart_id).sort()).toEqual(winners)
    expect(book.made.map((o: any) => o.cart_id).sort()).toEqual(winners)
    expect(book.items[stock.inventoryItemId]).toMatchObject({ stocked: 20, reserved: 20, reservations: 20 })
    expect(await attemptsLeft()).toBe(0)
  })

  it("carts of the same two items in opposite line order, beside buyers of one of them: no 5xx, nothing oversold", async () => {
    const stock = await createFlashStock(admin, { title: "红枣核桃 two servers", units: 10, sideUnits: 100 })
    const contested = { variant_id: stock.variantIds[0], quantity: 1 }
    const side = { variant_id: stock.side.variantId, quantity: 1 }
    const carts: string[] = await readyBuyers(backend.urls, backend.publishableKey, {
      count: 40,
      items: (n: number) => [[contested, side], [side, contested], [side], [contested, side]][n % 4],
    })
    const { answers } = await rush(backend.urls, backend.publishableKey, carts)
    const both = answers.filter((_: any, n: number) => n % 4 !== 2)
    expect(summarise(both).answers, JSON.stringify(summarise(answers).messages)).toEqual({ 200: 10, 409: 20 })
    expect(summarise(answers.filter((_: any, n: number) => n % 4 === 2)).answers).toEqual({ 200: 10 })
    const book = await ledger(backend.databaseUrl, { cartIds: carts, inventoryItemIds: [stock.inventoryItemId, stock.side.inventoryItemId] })
    expect(book.items[stock.inventoryItemId]).toMatchObject({ stocked: 10, reserved: 10, reservations: 10 })
    expect(book.items[stock.side.inventoryItemId]).toMatchObject({ reserved: 20, reservations: 20 })
  })

  it("the same cart completed on both servers at once makes one order", async () => {
    const stock = await createFlashStock(admin, { title: "核桃 two servers", units: 3 })
    const [cart] = await readyBuyers(backend.urls, backend.publishableKey, { count: 1, items: () => [{ variant_id: stock.variantIds[0], quantity: 1 }] })
    const { answers } = await rush(backend.urls, backend.publishableKey, [cart, cart])
    expect(answers.map((a: any) => a.status), JSON.stringify(answers.map((a: any) => a.body))).toEqual([200, 200])
    expect(answers[0].body.order.id).toBe(answers[1].body.order.id)
    const book = await ledger(backend.databaseUrl, { cartIds: [cart], inventoryItemIds: [stock.inventoryItemId] })
    expect(book.made).toHaveLength(1)
    expect(book.items[stock.inventoryItemId]).toMatchObject({ reserved: 1, reservations: 1 })
  })

  it("a server killed mid-rush loses nothing: one order per 200, every order reserved, killed carts complete later", async () => {
    const stock = await createFlashStock(admin, { title: "香梨 kill", units: 20 })
    const carts: string[] = await readyBuyers(backend.urls, backend.publishableKey, { count: 60, items: () => [{ variant_id: stock.variantIds[0], quantity: 1 }] })
    const running = rush(backend.urls, backend.publishableKey, carts)
    await sleep(1500)
    await backend.kill(0)
    const { answers } = await running
    const cut = answers.filter((a: any) => a.status === 0)
    expect(cut.length).toBeGreaterThan(0)
    expect(answers.filter((a: any) => a.status >= 500)).toEqual([])

    await backend.restart(0)
    await sleep(LEASE_MS)
    // The cut-off buyers press "pay" again; a completion the dead server left half done is settled first.
    const retried = await rush(backend.urls, backend.publishableKey, cut.map((a: any) => a.cartId))
    expect(retried.answers.filter((a: any) => a.status !== 200 && a.status !== 409)).toEqual([])

    const book = await ledger(backend.databaseUrl, { cartIds: carts, inventoryItemIds: [stock.inventoryItemId] })
    const won = [...answers, ...retried.answers].filter((a: any) => a.status === 200)
    for (const a of won) expect(book.orders.filter((o: any) => o.cart_id === a.cartId).map((o: any) => o.order_id)).toEqual([a.body.order.id])
    // Every order made from these carts is linked, reserved in full, and one of the 200s.
    expect(book.made.map((o: any) => o.order_id).sort()).toEqual(book.orders.map((o: any) => o.order_id).sort())
    expect(book.orders.map((o: any) => o.cart_id).sort()).toEqual([...new Set(won.map((a: any) => a.cartId))].sort())
    expect(book.lines.every((l: any) => l.reserved === l.quantity)).toBe(true)
    const sold = book.lines.reduce((sum: number, l: any) => sum + l.quantity, 0)
    expect(book.items[stock.inventoryItemId]).toMatchObject({ stocked: 20, reserved: sold, reservations: sold })
    expect(sold).toBe(20)
    expect(await attemptsLeft()).toBe(0)
  })
})
