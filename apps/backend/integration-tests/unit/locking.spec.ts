import { setTimeout as sleep } from "node:timers/promises"
import { InMemoryLockingProvider } from "@medusajs/locking/dist/providers/in-memory"
import { PostgresAdvisoryLockProvider } from "@medusajs/locking-postgres/dist/services/advisory-lock"
import pg from "pg"
import { AllAtOnceLockingProvider } from "../../src/modules/locking-all-at-once/service"
import { SortedAdvisoryLockProvider } from "../../src/modules/locking-postgres-sorted/service"

/**
 * The checkout rush that stalled: a cart of walnuts alone is completing; a cart of walnuts + jujubes queues for the
 * walnuts, then a cart of jujubes + walnuts (the same items, lines in the other order) takes the jujubes and queues
 * for the walnuts too. When the walnuts come free, each of the two ends up holding what the other waits for.
 */
async function oppositeOrders(locking: { execute: AllAtOnceLockingProvider["execute"] }, timeout = 1) {
  const hold = (ms: number) => () => sleep(ms).then(() => "done")
  const walnutsAlone = locking.execute(["iitem_walnut"], hold(30), { timeout })
  const walnutsFirst = locking.execute(["iitem_walnut", "iitem_jujube"], hold(10), { timeout })
  const jujubesFirst = locking.execute(["iitem_jujube", "iitem_walnut"], hold(10), { timeout })
  return Promise.allSettled([walnutsAlone, walnutsFirst, jujubesFirst]).then((all) =>
    all.map((a) => (a.status === "fulfilled" ? a.value : a.reason.message))
  )
}

describe("locking: all keys of a call at once", () => {
  it("two carts with the same two items in opposite order both get through", async () => {
    const locking = new AllAtOnceLockingProvider()
    expect(await oppositeOrders(locking)).toEqual(["done", "done", "done"])
    // And again, interleaved many times.
    const rounds = await Promise.all(Array.from({ length: 20 }, () => oppositeOrders(locking, 5)))
    expect(rounds.flat().filter((r) => r !== "done")).toEqual([])
  })

  it("Medusa's in-memory provider, same calls: both time out and the items stay locked (why this provider exists)", async () => {
    const medusa = new InMemoryLockingProvider()
    expect(await oppositeOrders(medusa)).toEqual(["done", "Timed-out acquiring lock.", "Timed-out acquiring lock."])
    // The abandoned acquisitions still hold one key each: a later cart of either item cannot get through.
    expect(await medusa.execute(["iitem_jujube"], async () => "done", { timeout: 1 }).catch((e: Error) => e.message)).toBe("Timed-out acquiring lock.")
  })

  it("never lets two jobs sharing a key run at once", async () => {
    const locking = new AllAtOnceLockingProvider()
    const running = new Map<string, number>()
    let overlaps = 0
    const keysOf = (n: number) => [["a"], ["a", "b"], ["b", "c"], ["c", "a"], ["b"]][n % 5]
    await Promise.all(
      Array.from({ length: 60 }, (_, n) =>
        locking.execute(keysOf(n), async () => {
          for (const key of keysOf(n)) {
            if (running.get(key)) overlaps++
            running.set(key, 1)
          }
          await sleep(n % 3)
          for (const key of keysOf(n)) running.set(key, 0)
        }, { timeout: 10 })
      )
    )
    expect(overlaps).toBe(0)
  })

  it("grants in arrival order: a waiter for two keys is not overtaken by later callers of one of them", async () => {
    const locking = new AllAtOnceLockingProvider()
    const order: string[] = []
    const job = (name: string, ms: number) => async () => {
      order.push(name)
      await sleep(ms)
    }
    await Promise.all([
      locking.execute(["a"], job("holds a", 40)),
      locking.execute(["a", "b"], job("wants a+b", 5)),
      locking.execute(["b"], job("wants b, came later", 5)),
    ])
    expect(order).toEqual(["holds a", "wants a+b", "wants b, came later"])
  })

  it("a caller that times out leaves the queue and holds nothing", async () => {
    const locking = new AllAtOnceLockingProvider()
    let release!: () => void
    const holder = locking.execute(["a"], () => new Promise<void>((r) => (release = r)), { timeout: 5 })
    const late = locking.execute(["a", "b"], async () => "late", { timeout: 1 })
    await expect(late).rejects.toThrow("Timed-out acquiring lock.")
    // b was never taken by the caller that gave up.
    expect(await locking.execute(["b"], async () => "b is free", { timeout: 1 })).toBe("b is free")
    release()
    await holder
    expect(await locking.execute(["a", "b"], async () => "both free", { timeout: 1 })).toBe("both free")
  })

  it("acquire and release by owner, as Medusa's acquire-lock step uses them", async () => {
    const locking = new AllAtOnceLockingProvider()
    await locking.acquire("cart_1", { ownerId: "wf_1", expire: 1 })
    await locking.acquire("cart_1", { ownerId: "wf_1", expire: 1 })
    await expect(locking.acquire("cart_1", { ownerId: "wf_2" })).rejects.toThrow('Failed to acquire lock for key "cart_1"')
    expect(await locking.release("cart_1", { ownerId: "wf_2" })).toBe(false)
    // A waiter with awaitQueue gets the key when its expiry lapses, without a release.
    const started = Date.now()
    await locking.acquire("cart_1", { ownerId: "wf_2", awaitQueue: true })
    expect(Date.now() - started).toBeGreaterThanOrEqual(900)
    expect(await locking.release("cart_1", { ownerId: "wf_2" })).toBe(true)
    await locking.acquire(["cart_1", "cart_2"], { ownerId: "wf_3" })
    await locking.releaseAll({ ownerId: "wf_3" })
    await locking.acquire(["cart_1", "cart_2"], { ownerId: "wf_4" })
  })
})

describe("locking on Postgres advisory locks (several servers)", () => {
  const pool = new pg.Pool({
    host: process.env.DB_HOST,
    port: Number(process.env.DB_PORT),
    user: process.env.DB_USERNAME,
    password: process.env.DB_PASSWORD,
    database: "postgres",
    max: 6,
  })
  afterAll(() => pool.end())

  /** The one thing the providers use of Medusa's entity manager: a transaction on one connection of its own. */
  const manager = {
    async transactional<T>(work: (m: unknown) => Promise<T>): Promise<T> {
      const client = await pool.connect()
      let open = true
      const end = async (sql: string) => {
        if (open) (open = false), await client.query(sql)
      }
      await client.query("BEGIN")
      try {
        return await work({
          execute: (sql: string, params: unknown[] = []) => {
            let n = 0
            return client.query(sql.replace(/\?/g, () => `$${++n}`), params).then((r) => r.rows)
          },
          commit: () => end("COMMIT"),
          rollback: () => end("ROLLBACK"),
        })
      } finally {
        await end("ROLLBACK")
        client.release()
      }
    },
  }
  const provider = <P>(Provider: new (container: any) => P) => new Provider({ manager })

  /**
   * Two servers completing a walnuts + jujubes cart and a jujubes + walnuts cart at once, while a third completion
   * holds the item whose lock comes first: when it lets go, one cart holds that item and waits for the other's.
   */
  async function oppositeOrders(locking: { execute: SortedAdvisoryLockProvider["execute"] }) {
    const number = (key: string) => (locking as unknown as { hashStringToInt(k: string): number }).hashStringToInt(key)
    const [first, second] = ["iitem_walnut", "iitem_jujube"].sort((a, b) => number(a) - number(b))
    const holder = await pool.connect()
    await holder.query("SELECT pg_advisory_lock($1)", [number(first)])
    const job = async () => (await sleep(50), "done")
    const both = [
      locking.execute([first, second], job, { timeout: 10 }),
      (await sleep(100), locking.execute([second, first], job, { timeout: 10 })),
    ]
    await sleep(300)
    await holder.query("SELECT pg_advisory_unlock($1)", [number(first)])
    holder.release()
    return Promise.allSettled(both).then((all) => all.map((a) => (a.status === "fulfilled" ? a.value : a.reason.message)))
  }

  it("Medusa's provider takes keys in the order given: Postgres breaks the deadlock by failing one of the two", async () => {
    const answers = await oppositeOrders(provider(PostgresAdvisoryLockProvider))
    expect(answers.filter((a) => a === "done")).toHaveLength(1)
    expect(answers.find((a) => a !== "done")).toMatch(/deadlock detected/)
  })

  it("ours takes them in one order: both carts get through", async () => {
    expect(await oppositeOrders(provider(SortedAdvisoryLockProvider))).toEqual(["done", "done"])
  })
})
