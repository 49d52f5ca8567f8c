/** Units of one inventory item a cart needs: Σ line quantity × the variant's required quantity of that item. */
export type Need = { inventoryItemId: string; quantity: number }

/**
 * What trying to claim a cart's needs gave:
 * - `admitted`: every need is claimed; the cart may run Medusa's completion.
 * - `blocked`: an item is short or at its in-flight cap while other carts hold claims on it; wait and try again.
 * - `short`: an item is short with no claim in flight on it: sold out for this quantity (`left` units remain).
 * - `stale`: a claim on one of the items was released after the availability was read; read it again.
 * - `duplicate`: this cart is already completing in another request (the same cart sent twice at once).
 */
export type ClaimAttempt =
  | { kind: "admitted" }
  | { kind: "blocked"; inventoryItemId: string }
  | { kind: "short"; inventoryItemId: string; left: number }
  | { kind: "stale" }
  | { kind: "duplicate" }

export type ClaimRequest = {
  ticket: string
  needs: Need[]
  /** Units available per item (stocked − reserved in Postgres), read after `versions`. */
  available: Map<string, number>
  /** The item versions read before `available`. */
  versions: Map<string, number>
  /** At most this many carts in flight per item. */
  cap: number
  leaseMs: number
}

/**
 * Where claims live: in this process (one server) or in Redis (several servers). A cart completing holds a ticket
 * (one per cart: the same cart sent twice waits for the first) and a claim per item ("needs N units of this item");
 * both last `leaseMs` unless renewed, so a dead process's claims lapse.
 * Each item has a version that every release bumps: an availability read taken before a release may still count
 * units that the released cart has just reserved, so a claim decided on it is refused as `stale`.
 */
export interface ClaimStore {
  versions(itemIds: string[]): Promise<Map<string, number>>
  claim(request: ClaimRequest): Promise<ClaimAttempt>
  release(ticket: string, itemIds: string[]): Promise<void>
  /** Whether a request is completing this cart now. */
  holds(ticket: string): Promise<boolean>
  /** Extends this process's own lease (see `isAlive`) and the claims it holds. */
  renew(owner: string, held: Array<{ ticket: string; itemIds: string[] }>, leaseMs: number): Promise<void>
  /** Whether another process renewed its lease within `leaseMs`. */
  isAlive(owner: string): Promise<boolean>
  close(): Promise<void>
}

type ItemClaims = { version: number; claims: Map<string, { quantity: number; expires: number }> }

/** Claims in this process's memory: exact for one server process, which is the only one that completes carts. */
export class MemoryClaimStore implements ClaimStore {
  private items = new Map<string, ItemClaims>()
  private tickets = new Map<string, number>()

  private item(id: string): ItemClaims {
    let item = this.items.get(id)
    if (!item) this.items.set(id, (item = { version: 0, claims: new Map() }))
    return item
  }

  async versions(itemIds: string[]) {
    return new Map(itemIds.map((id) => [id, this.item(id).version]))
  }

  async claim({ ticket, needs, available, versions, cap, leaseMs }: ClaimRequest): Promise<ClaimAttempt> {
    const now = Date.now()
    if (await this.holds(ticket)) return { kind: "duplicate" }
    for (const need of needs) {
      const item = this.item(need.inventoryItemId)
      if (item.version !== versions.get(need.inventoryItemId)) return { kind: "stale" }
      let held = 0
      for (const [id, claim] of item.claims) {
        if (claim.expires <= now) item.claims.delete(id)
        else held += claim.quantity
      }
      const left = (available.get(need.inventoryItemId) ?? 0) - held
      if (item.claims.size >= cap || left < need.quantity) {
        if (item.claims.size) return { kind: "blocked", inventoryItemId: need.inventoryItemId }
        return { kind: "short", inventoryItemId: need.inventoryItemId, left }
      }
    }
    for (const need of needs) {
      this.item(need.inventoryItemId).claims.set(ticket, { quantity: need.quantity, expires: now + leaseMs })
    }
    this.tickets.set(ticket, now + leaseMs)
    return { kind: "admitted" }
  }

  async holds(ticket: string) {
    return (this.tickets.get(ticket) ?? 0) > Date.now()
  }

  async release(ticket: string, itemIds: string[]) {
    this.tickets.delete(ticket)
    for (const id of itemIds) {
      const item = this.item(id)
      item.claims.delete(ticket)
      item.version++
    }
  }

  async renew(_owner: string, held: Array<{ ticket: string; itemIds: string[] }>, leaseMs: number) {
    const expires = Date.now() + leaseMs
    for (const { ticket, itemIds } of held) {
      if (this.tickets.has(ticket)) this.tickets.set(ticket, expires)
      for (const id of itemIds) {
        const claim = this.items.get(id)?.claims.get(ticket)
        if (claim) claim.expires = expires
      }
    }
  }

  /** One process holds all of this store: any other owner is a process that is gone (e.g. before a restart). */
  async isAlive() {
    return false
  }

  async close() {}
}
