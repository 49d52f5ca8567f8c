import { PostgresAdvisoryLockProvider } from "@medusajs/locking-postgres/dist/services/advisory-lock"

type Args = Parameters<PostgresAdvisoryLockProvider["execute"]>[2]

/**
 * Medusa's Postgres advisory-lock provider (several servers, REDIS_URL), taking a call's keys in one fixed order.
 * Medusa's takes them in the order given: a cart of walnuts + jujubes and a cart of jujubes + walnuts, completing at
 * once on two servers, could each hold one item's lock and wait for the other's; Postgres then broke the deadlock by
 * failing one completion, which the shopper saw as 503 busy (once in 30 such carts in CI). Sorted by the number each
 * key is locked under, every call asks in the same order, so no two can wait on each other.
 */
export class SortedAdvisoryLockProvider extends PostgresAdvisoryLockProvider {
  async execute<T>(keys: string | string[], job: (signal?: AbortSignal) => Promise<T>, args?: Args): Promise<T> {
    // The parent's own key → lock number mapping (private there), so the order is the order of the locks taken.
    const lockNumber = (key: string): number => (this as unknown as { hashStringToInt(k: string): number }).hashStringToInt(key)
    const sorted = [...new Set(Array.isArray(keys) ? keys : [keys])].sort((a, b) => lockNumber(a) - lockNumber(b))
    return super.execute(sorted, job, args)
  }
}
