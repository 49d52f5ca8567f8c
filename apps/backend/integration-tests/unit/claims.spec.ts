import { MemoryClaimStore, type ClaimRequest } from "../../src/modules/checkout-gate/claims"

const ITEM = "iitem_jujube"
const OTHER = "iitem_walnut"

/** A claim for `quantity` of ITEM (and of OTHER when given) against what Postgres says is available. */
async function request(store: MemoryClaimStore, ticket: string, quantity: number, available: number, extra: Partial<ClaimRequest> = {}) {
  const needs = [{ inventoryItemId: ITEM, quantity }]
  return store.claim({
    ticket,
    needs,
    available: new Map([[ITEM, available]]),
    versions: await store.versions([ITEM]),
    cap: 4,
    leaseMs: 60_000,
    ...extra,
  })
}

describe("checkout gate claims (one process)", () => {
  it("admits while the units are not claimed, then blocks while carts in flight could still free some", async () => {
    const store = new MemoryClaimStore()
    expect(await request(store, "cart_a", 2, 3)).toEqual({ kind: "admitted" })
    expect(await request(store, "cart_b", 1, 3)).toEqual({ kind: "admitted" })
    expect(await request(store, "cart_c", 1, 3)).toEqual({ kind: "blocked", inventoryItemId: ITEM })
  })

  it("says short only when nothing is in flight, with what is left", async () => {
    const store = new MemoryClaimStore()
    expect(await request(store, "cart_a", 3, 2)).toEqual({ kind: "short", inventoryItemId: ITEM, left: 2 })
    expect(await request(store, "cart_b", 2, 2)).toEqual({ kind: "admitted" })
    await store.release("cart_b", [ITEM])
    // Postgres now counts cart_b's reservation: nothing left, nothing in flight.
    expect(await request(store, "cart_c", 1, 0)).toEqual({ kind: "short", inventoryItemId: ITEM, left: 0 })
  })

  it("caps the carts in flight per item", async () => {
    const store = new MemoryClaimStore()
    for (const cart of ["a", "b"]) expect(await request(store, cart, 1, 100, { cap: 2 })).toEqual({ kind: "admitted" })
    expect(await request(store, "c", 1, 100, { cap: 2 })).toEqual({ kind: "blocked", inventoryItemId: ITEM })
  })

  it("refuses a decision taken on availability read before a release (stale), and the same cart twice (duplicate)", async () => {
    const store = new MemoryClaimStore()
    expect(await request(store, "cart_a", 1, 5)).toEqual({ kind: "admitted" })
    const versions = await store.versions([ITEM])
    await store.release("cart_a", [ITEM])
    expect(await request(store, "cart_b", 1, 5, { versions })).toEqual({ kind: "stale" })
    expect(await request(store, "cart_b", 1, 4)).toEqual({ kind: "admitted" })
    expect(await request(store, "cart_b", 1, 4)).toEqual({ kind: "duplicate" })
    expect(await store.holds("cart_b")).toBe(true)
    await store.release("cart_b", [ITEM])
    expect(await store.holds("cart_b")).toBe(false)
  })

  it("claims all of a cart's items or none of them", async () => {
    const store = new MemoryClaimStore()
    const both = async (ticket: string, walnutsLeft: number) =>
      store.claim({
        ticket,
        needs: [{ inventoryItemId: ITEM, quantity: 1 }, { inventoryItemId: OTHER, quantity: 1 }],
        available: new Map([[ITEM, 10], [OTHER, walnutsLeft]]),
        versions: await store.versions([ITEM, OTHER]),
        cap: 4,
        leaseMs: 60_000,
      })
    expect(await both("cart_a", 0)).toEqual({ kind: "short", inventoryItemId: OTHER, left: 0 })
    // Nothing of cart_a was kept: all 10 jujubes can still be claimed by one cart.
    expect(await request(store, "cart_b", 10, 10)).toEqual({ kind: "admitted" })
  })

  it("lets a claim lapse when its lease is not renewed (a process that died)", async () => {
    const store = new MemoryClaimStore()
    expect(await request(store, "cart_a", 1, 1, { leaseMs: 1 })).toEqual({ kind: "admitted" })
    await new Promise((r) => setTimeout(r, 5))
    expect(await request(store, "cart_b", 1, 1)).toEqual({ kind: "admitted" })
  })
})
