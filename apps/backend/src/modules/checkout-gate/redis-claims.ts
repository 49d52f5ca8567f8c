import Redis from "ioredis"
import type { ClaimAttempt, ClaimRequest, ClaimStore } from "./claims"

// One hash per inventory item: field "v" is the item's version, "c:<cart id>" a claim as "<quantity>:<expires ms>".
// Each script runs atomically in Redis, so every server process sees the same claims; time is Redis's own clock.
const NOW = `local t = redis.call('TIME') local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)`

// KEYS: the items' hashes. ARGV: ticket, lease ms, cap, then need, available, version for each key.
const CLAIM = `${NOW}
local ticket, lease, cap = 'c:' .. ARGV[1], tonumber(ARGV[2]), tonumber(ARGV[3])
for i, key in ipairs(KEYS) do
  if redis.call('HEXISTS', key, ticket) == 1 then return {'duplicate'} end
end
for i, key in ipairs(KEYS) do
  local need, available, version = tonumber(ARGV[1 + i * 3]), tonumber(ARGV[2 + i * 3]), ARGV[3 + i * 3]
  if (redis.call('HGET', key, 'v') or '0') ~= version then return {'stale'} end
  local held, count = 0, 0
  local fields = redis.call('HGETALL', key)
  for j = 1, #fields, 2 do
    if string.sub(fields[j], 1, 2) == 'c:' then
      local quantity, expires = string.match(fields[j + 1], '^(%d+):(%d+)$')
      if tonumber(expires) <= now then
        redis.call('HDEL', key, fields[j])
      else
        held, count = held + tonumber(quantity), count + 1
      end
    end
  end
  if count >= cap or available - held < need then
    if count > 0 then return {'blocked', i} end
    return {'short', i, tostring(available - held)}
  end
end
for i, key in ipairs(KEYS) do
  redis.call('HSET', key, ticket, ARGV[1 + i * 3] .. ':' .. (now + lease))
end
return {'admitted'}`

// KEYS: the items' hashes. ARGV: ticket.
const RELEASE = `for i, key in ipairs(KEYS) do
  redis.call('HDEL', key, 'c:' .. ARGV[1])
  redis.call('HINCRBY', key, 'v', 1)
end
return 1`

// KEYS: hashes; ARGV: lease ms, then the ticket of each key. Only claims still present are extended.
const RENEW = `${NOW}
for i, key in ipairs(KEYS) do
  local field = 'c:' .. ARGV[i + 1]
  local claim = redis.call('HGET', key, field)
  if claim then
    redis.call('HSET', key, field, string.match(claim, '^(%d+):') .. ':' .. (now + tonumber(ARGV[1])))
  end
end
return 1`

type GateRedis = Redis & {
  gateClaim(keys: number, ...args: (string | number)[]): Promise<string[]>
  gateRelease(keys: number, ...args: string[]): Promise<number>
  gateRenew(keys: number, ...args: (string | number)[]): Promise<number>
}

/** Claims in Redis, shared by every server process (REDIS_URL). */
export class RedisClaimStore implements ClaimStore {
  private redis: GateRedis

  constructor(redisUrl: string, private prefix = "tarim:checkout-gate:") {
    this.redis = new Redis(redisUrl, { lazyConnect: false, maxRetriesPerRequest: 3 }) as GateRedis
    this.redis.defineCommand("gateClaim", { lua: CLAIM })
    this.redis.defineCommand("gateRelease", { lua: RELEASE })
    this.redis.defineCommand("gateRenew", { lua: RENEW })
  }

  private key(itemId: string) {
    return `${this.prefix}${itemId}`
  }

  async versions(itemIds: string[]) {
    const pipeline = this.redis.pipeline()
    for (const id of itemIds) pipeline.hget(this.key(id), "v")
    const results = (await pipeline.exec()) ?? []
    return new Map(itemIds.map((id, i) => [id, Number(results[i]?.[1] ?? 0)]))
  }

  async claim({ ticket, needs, available, versions, cap, leaseMs }: ClaimRequest): Promise<ClaimAttempt> {
    const args = needs.flatMap((n) => [n.quantity, available.get(n.inventoryItemId) ?? 0, versions.get(n.inventoryItemId) ?? 0])
    const [kind, index, left] = await this.redis.gateClaim(
      needs.length,
      ...needs.map((n) => this.key(n.inventoryItemId)),
      ticket,
      leaseMs,
      cap,
      ...args
    )
    const inventoryItemId = index === undefined ? "" : needs[Number(index) - 1].inventoryItemId
    if (kind === "blocked") return { kind, inventoryItemId }
    if (kind === "short") return { kind, inventoryItemId, left: Number(left) }
    return { kind } as ClaimAttempt
  }

  async release(ticket: string, itemIds: string[]) {
    if (itemIds.length) await this.redis.gateRelease(itemIds.length, ...itemIds.map((id) => this.key(id)), ticket)
  }

  async renew(owner: string, held: Array<{ ticket: string; itemIds: string[] }>, leaseMs: number) {
    await this.redis.set(`${this.prefix}owner:${owner}`, "1", "PX", leaseMs)
    const pairs = held.flatMap(({ ticket, itemIds }) => itemIds.map((id) => [this.key(id), ticket] as const))
    if (pairs.length) await this.redis.gateRenew(pairs.length, ...pairs.map(([key]) => key), leaseMs, ...pairs.map(([, t]) => t))
  }

  async isAlive(owner: string) {
    return (await this.redis.exists(`${this.prefix}owner:${owner}`)) === 1
  }

  async close() {
    await this.redis.quit().catch(() => this.redis.disconnect())
  }
}
