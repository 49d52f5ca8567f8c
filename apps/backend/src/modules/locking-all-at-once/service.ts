import { randomUUID } from "node:crypto"

type Lock = { owner: string | null; expires: number | null }
type Waiter = { keys: string[]; owner: string | null; expireMs: number | null; granted: () => void }

const keyList = (keys: string | string[]) => [...new Set(Array.isArray(keys) ? keys : [keys])]

/**
 * The Locking Module's provider for one server process (development, tests, no REDIS_URL), in place of Medusa's
 * in-memory provider. Medusa's takes a call's keys one by one and keeps those it holds while it waits for the next:
 * two carts reserving the same two inventory items in opposite line order (jujubes + walnuts, walnuts + jujubes)
 * each hold one key and wait for the other. Both time out, and because the abandoned acquisitions go on holding
 * their first key while they wait, every later checkout of either item times out too until the server restarts.
 *
 * Here a call gets all its keys at once or none: it waits in one queue, in arrival order, and is granted when every
 * key is free and no earlier waiter wants any of them. Nothing is held while waiting, so no cycle can form, and a
 * waiter that times out simply leaves the queue.
 */
export class AllAtOnceLockingProvider {
  static identifier = "all-at-once"

  private readonly locks = new Map<string, Lock>()
  private readonly queue: Waiter[] = []
  private wakeAt: { at: number; timer: NodeJS.Timeout } | undefined

  /** Runs `job` holding `keys`; rejects with "Timed-out acquiring lock." after `timeout` seconds (5, at least 1). */
  async execute<T>(keys: string | string[], job: () => Promise<T>, args?: { timeout?: number }): Promise<T> {
    const timeout = Number(args?.timeout ?? 5)
    const timeoutMs = (Number.isNaN(timeout) ? 1 : Math.max(timeout, 1)) * 1000
    const owner = `execute:${randomUUID()}`
    const wanted = keyList(keys)
    await this.wait({ keys: wanted, owner, expireMs: null }, timeoutMs)
    try {
      return await job()
    } finally {
      await this.release(wanted, { ownerId: owner })
    }
  }

  /**
   * Takes `keys` for `ownerId` (extending its expiry when it already holds them). Without `awaitQueue` it throws at
   * once when a key is taken, as Medusa's providers do; Medusa's acquire-lock step retries.
   */
  async acquire(keys: string | string[], args?: { ownerId?: string | null; expire?: number; awaitQueue?: boolean }) {
    const waiter = { keys: keyList(keys), owner: args?.ownerId ?? null, expireMs: args?.expire ? args.expire * 1000 : null }
    if (args?.awaitQueue) return this.wait(waiter, null)
    const blocked = waiter.keys.find((key) => !this.isFree(key, waiter.owner) || this.queue.some((w) => w.keys.includes(key)))
    if (blocked) throw new Error(`Failed to acquire lock for key "${blocked}"`)
    this.take(waiter)
  }

  /** Frees the keys `ownerId` holds (any holder's when no owner is given); false when one was not held so. */
  async release(keys: string | string[], args?: { ownerId?: string | null }): Promise<boolean> {
    let released = true
    for (const key of keyList(keys)) {
      const lock = this.locks.get(key)
      if (!lock || (args?.ownerId != null && lock.owner !== args.ownerId)) {
        released = false
        continue
      }
      this.locks.delete(key)
    }
    this.grant()
    return released
  }

  async releaseAll(args?: { ownerId?: string | null }): Promise<void> {
    for (const [key, lock] of this.locks) {
      if (args?.ownerId == null || lock.owner === args.ownerId) this.locks.delete(key)
    }
    this.grant()
  }

  private isFree(key: string, owner: string | null): boolean {
    const lock = this.locks.get(key)
    return !lock || (lock.expires !== null && lock.expires <= Date.now()) || (owner !== null && lock.owner === owner)
  }

  private take({ keys, owner, expireMs }: Omit<Waiter, "granted">): void {
    const expires = expireMs === null ? null : Date.now() + expireMs
    for (const key of keys) this.locks.set(key, { owner, expires })
  }

  private wait(request: Omit<Waiter, "granted">, timeoutMs: number | null): Promise<void> {
    return new Promise((resolve, reject) => {
      const waiter: Waiter = { ...request, granted: () => (clearTimeout(timer), resolve()) }
      const timer =
        timeoutMs === null
          ? undefined
          : setTimeout(() => {
              this.queue.splice(this.queue.indexOf(waiter), 1)
              // Its place in the queue may have held back later waiters whose keys are free.
              this.grant()
              reject(new Error("Timed-out acquiring lock."))
            }, timeoutMs)
      this.queue.push(waiter)
      this.grant()
    })
  }

  /** Grants, in arrival order, every waiter whose keys are all free and not wanted by an earlier waiter. */
  private grant(): void {
    const wantedEarlier = new Set<string>()
    let nextExpiry = Infinity
    for (const waiter of [...this.queue]) {
      const free = waiter.keys.every((key) => !wantedEarlier.has(key) && this.isFree(key, waiter.owner))
      if (free) {
        this.queue.splice(this.queue.indexOf(waiter), 1)
        this.take(waiter)
        waiter.granted()
        continue
      }
      for (const key of waiter.keys) {
        wantedEarlier.add(key)
        const expires = this.locks.get(key)?.expires
        if (expires != null) nextExpiry = Math.min(nextExpiry, expires)
      }
    }
    this.wakeOnExpiry(nextExpiry)
  }

  /** A lock taken with `expire` frees itself without a release: look at the queue again when it lapses. */
  private wakeOnExpiry(at: number): void {
    if (at === Infinity || (this.wakeAt && this.wakeAt.at <= at)) return
    if (this.wakeAt) clearTimeout(this.wakeAt.timer)
    const timer = setTimeout(() => {
      this.wakeAt = undefined
      this.grant()
    }, Math.max(0, at - Date.now()) + 1)
    timer.unref()
    this.wakeAt = { at, timer }
  }
}
