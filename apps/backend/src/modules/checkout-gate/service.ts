import { randomUUID } from "node:crypto"
import os from "node:os"
import type { Logger } from "@medusajs/framework/types"
import { MedusaService } from "@medusajs/framework/utils"
import { MemoryClaimStore, type ClaimStore, type Need } from "./claims"
import { CheckoutAttempt } from "./models/checkout-attempt"
import { RedisClaimStore } from "./redis-claims"

export type CheckoutGateOptions = {
  /** Claims in Redis, shared by every server process; in this process's memory when unset. */
  redisUrl?: string
  /** Carts completing at once per inventory item: keeps Medusa's reservation lock queue short. */
  inflightPerItem?: number
  /** How long a claim lives without renewal: bounds how long a dead process's claims hold units back. */
  leaseMs?: number
  /** A cart waiting longer than this is answered "busy, try again". */
  maxWaitMs?: number
  /** How long "sold out" is believed without asking Postgres again. */
  soldOutMs?: number
  /** How often a waiting cart looks again for releases made by other processes. */
  pollMs?: number
}

/** Units available per inventory item, read from Postgres when asked. */
export type ReadAvailable = (itemIds: string[]) => Promise<Map<string, number>>

export type Shortage = { inventoryItemId: string; left: number }

/**
 * What the gate decided for a cart:
 * - `admitted`: complete it now, then call `release()` (claims held; none when the cart needs no managed stock);
 * - `sold_out`: the items in `short` cannot cover the cart, with nothing in flight that could free units;
 * - `duplicate`: the same cart is completing in another request: wait for it (`waitForTicket`), then look again;
 * - `busy`: waited `maxWaitMs` without a decision.
 */
export type Admission =
  | { status: "admitted"; release: () => Promise<void> }
  | { status: "sold_out"; short: Shortage[] }
  | { status: "duplicate" }
  | { status: "busy" }

type Waiter = { ticket: string; needs: Need[]; read: ReadAvailable; settled: boolean; done: (a: Admission) => void }

type Lane = {
  queue: Waiter[]
  pumping: boolean
  soldOut?: { left: number; at: number }
  /** Resolved (and replaced) whenever a claim on this item is released in this process. */
  released: { promise: Promise<void>; resolve: () => void }
  /** What the head of the queue is doing, for the log line of a cart told "busy". */
  head?: { ticket: string; stage: string; since: number; tries: number }
}

const DEFAULTS = { inflightPerItem: 4, leaseMs: 6_000, maxWaitMs: 45_000, soldOutMs: 1_000, pollMs: 100 }

function signal() {
  let resolve!: () => void
  const promise = new Promise<void>((r) => (resolve = r))
  return { promise, resolve }
}

/**
 * The checkout gate: stands in front of Medusa's completeCartWorkflow so that a rush of buyers for the same boxes
 * neither piles up on Medusa's reservation lock (whose waiters time out into 500s) nor is turned away while units
 * remain. Per inventory item, carts queue in arrival order; a cart is let through only while the units it needs are
 * not already claimed by carts in flight, at most `inflightPerItem` at a time. A cart that cannot be covered even
 * with nothing in flight is sold out, and for `soldOutMs` later carts are told so without queueing.
 */
export default class CheckoutGateService extends MedusaService({ CheckoutAttempt }) {
  /** This process, as named on the checkout attempts it writes. */
  readonly owner = `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`
  private readonly options: typeof DEFAULTS
  private readonly store: ClaimStore
  private readonly lanes = new Map<string, Lane>()
  private readonly held = new Map<string, string[]>()
  private readonly renewal: NodeJS.Timeout
  private readonly logger: Logger

  constructor(container: { logger: Logger }, options: CheckoutGateOptions = {}) {
    super(container)
    this.logger = container.logger
    const { redisUrl, ...rest } = options
    this.options = { ...DEFAULTS, ...Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)) }
    this.store = redisUrl ? new RedisClaimStore(redisUrl) : new MemoryClaimStore()
    this.renewal = setInterval(() => this.renew(), Math.max(250, this.options.leaseMs / 3))
    this.renewal.unref()
    this.renew()
  }

  /** Whether the process that wrote a checkout attempt still runs (claims and owners live as long as their lease). */
  async isAlive(owner: string): Promise<boolean> {
    return owner === this.owner || this.store.isAlive(owner)
  }

  /** Waits for the cart's turn and claims its units, or says why not. */
  async admit(ticket: string, needs: Need[], read: ReadAvailable): Promise<Admission> {
    if (!needs.length) {
      // No stock to queue for; the ticket alone keeps the same cart from completing twice at once.
      const attempt = await this.store.claim({ ticket, needs, available: new Map(), versions: new Map(), cap: this.options.inflightPerItem, leaseMs: this.options.leaseMs })
      return attempt.kind === "admitted" ? this.admitted(ticket, []) : { status: "duplicate" }
    }
    const short = this.knownSoldOut(needs)
    if (short.length) return { status: "sold_out", short }
    const sorted = [...needs].sort((a, b) => a.inventoryItemId.localeCompare(b.inventoryItemId))
    const lane = this.lane(sorted[0].inventoryItemId)
    return new Promise((resolve) => {
      const waiter: Waiter = { ticket, needs: sorted, read, settled: false, done: (admission) => {
        waiter.settled = true
        clearTimeout(timer)
        resolve(admission)
      } }
      // A cart still waiting after maxWaitMs is told "busy"; the pump drops it when it reaches it.
      const timer = setTimeout(() => {
        if (waiter.settled) return
        const head = lane.head
        this.logger.warn(
          `Checkout gate: cart ${ticket} waited ${this.options.maxWaitMs} ms (busy); ${lane.queue.length} in its queue, ` +
            (head ? `the head ${head.ticket} at "${head.stage}" for ${Date.now() - head.since} ms after ${head.tries} tries` : "no head")
        )
        waiter.done({ status: "busy" })
      }, this.options.maxWaitMs)
      lane.queue.push(waiter)
      void this.pump(lane)
    })
  }

  /** Items already known to be sold out for these quantities (for `soldOutMs` after a decision found them short). */
  private knownSoldOut(needs: Need[]): Shortage[] {
    const now = Date.now()
    return needs.flatMap((need) => {
      const soldOut = this.lanes.get(need.inventoryItemId)?.soldOut
      return soldOut && now - soldOut.at < this.options.soldOutMs && need.quantity > soldOut.left
        ? [{ inventoryItemId: need.inventoryItemId, left: soldOut.left }]
        : []
    })
  }

  /** Drops what this process believes sold out for these items: units were freed (a dead completion was undone). */
  forgetSoldOut(itemIds: string[]): void {
    for (const id of itemIds) delete this.lanes.get(id)?.soldOut
  }

  private lane(itemId: string): Lane {
    let lane = this.lanes.get(itemId)
    if (!lane) this.lanes.set(itemId, (lane = { queue: [], pumping: false, released: signal() }))
    return lane
  }

  /** Decides for the carts of one lane, first come first served, one decision at a time. */
  private async pump(lane: Lane): Promise<void> {
    if (lane.pumping) return
    lane.pumping = true
    try {
      while (lane.queue.length) {
        const waiter = lane.queue[0]
        if (waiter.settled) {
          lane.queue.shift()
          continue
        }
        if (lane.head?.ticket !== waiter.ticket) lane.head = { ticket: waiter.ticket, stage: "start", since: Date.now(), tries: 0 }
        lane.head.tries++
        const decided = await this.decide(waiter, lane.head).catch((error: Error) => {
          this.logger.error(`Checkout gate: deciding for cart ${waiter.ticket} failed: ${error.message}`)
          return { status: "busy" } as Admission
        })
        if (!decided) continue
        lane.queue.shift()
        if (!waiter.settled) waiter.done(decided)
        else if (decided.status === "admitted") await decided.release()
      }
    } finally {
      lane.pumping = false
    }
  }

  /** One try for the waiter at the head of a lane: an admission, or undefined after waiting for a release. */
  private async decide(waiter: Waiter, head: { stage: string; since: number }): Promise<Admission | undefined> {
    const short = this.knownSoldOut(waiter.needs)
    if (short.length) return { status: "sold_out", short }
    const itemIds = waiter.needs.map((n) => n.inventoryItemId)
    head.stage = "versions"
    const versions = await this.store.versions(itemIds)
    head.stage = "reading stock"
    const available = await waiter.read(itemIds)
    head.stage = "claiming"
    const attempt = await this.store.claim({
      ticket: waiter.ticket,
      needs: waiter.needs,
      available,
      versions,
      cap: this.options.inflightPerItem,
      leaseMs: this.options.leaseMs,
    })
    switch (attempt.kind) {
      case "admitted":
        return this.admitted(waiter.ticket, itemIds)
      case "duplicate":
        return { status: "duplicate" }
      case "short":
        this.lane(attempt.inventoryItemId).soldOut = { left: attempt.left, at: Date.now() }
        return { status: "sold_out", short: [{ inventoryItemId: attempt.inventoryItemId, left: attempt.left }] }
      case "stale":
        head.stage = "stale"
        return undefined
      case "blocked": {
        head.stage = `blocked on ${attempt.inventoryItemId}`
        const { released } = this.lane(attempt.inventoryItemId)
        await Promise.race([released.promise, new Promise((r) => setTimeout(r, this.options.pollMs))])
        return undefined
      }
    }
  }

  /**
   * Waits while another request completes this cart (a `duplicate` admission); false after `maxWaitMs`. Then the cart
   * is an order, or its completion failed and the cart can be tried again.
   */
  async waitForTicket(ticket: string): Promise<boolean> {
    const until = Date.now() + this.options.maxWaitMs
    while (await this.store.holds(ticket)) {
      if (Date.now() > until) return false
      await new Promise((r) => setTimeout(r, this.options.pollMs))
    }
    return true
  }

  private admitted(ticket: string, itemIds: string[]): Admission {
    this.held.set(ticket, itemIds)
    return { status: "admitted", release: () => this.release(ticket, itemIds) }
  }

  private async release(ticket: string, itemIds: string[]): Promise<void> {
    this.held.delete(ticket)
    try {
      await this.store.release(ticket, itemIds)
    } catch (error) {
      this.logger.error(`Checkout gate: releasing cart ${ticket} failed (its claims lapse): ${(error as Error).message}`)
    }
    for (const id of itemIds) {
      const lane = this.lane(id)
      const { resolve } = lane.released
      lane.released = signal()
      resolve()
    }
  }

  private renew(): void {
    const held = [...this.held].map(([ticket, itemIds]) => ({ ticket, itemIds }))
    this.store.renew(this.owner, held, this.options.leaseMs).catch((error: Error) => {
      this.logger.warn(`Checkout gate: renewing ${held.length} claims failed: ${error.message}`)
    })
  }

  __hooks = {
    onApplicationShutdown: async () => {
      clearInterval(this.renewal)
      await this.store.close()
    },
  }
}
