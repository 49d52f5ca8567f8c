import Redis from "ioredis"
import type { ClaimAttempt, ClaimRequest, ClaimStore } from "./claims"

// One hash per inventory item: field "v" is the item's version, "c:<cart id>" a claim as "<quantity>:<expires ms>";
// one key per cart completing (its ticket, with a TTL). Each script runs atomically in Redis, so every server process
// sees the same claims; time is Redis's own clock.
const NOW = `local t = redis.call('TIME') local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)`

// KEYS: the ticket's key, then the items' hashes. ARGV: ticket, lease ms, cap, then need, available, version per item.
const CLAIM = `${NOW}
local ticket, lease, cap = 'c:' .. ARGV[1], tonumber(ARGV[2]), tonumber(ARGV[3])
if redis.call('EXISTS', KEYS[1]) == 1 then return {'duplicate'} end
for i = 2, #KEYS do
  local key = KEYS[i]
  local n = i - 1
  local need, available, version = tonumber(ARGV[1 + n * 3]), tonumber(ARGV[2 + n * 3]), ARGV[3 + n * 3]
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
    if count > 0 then return {'blocked', n} end
    return {'short', n, tostring(available - held)}
  end
end
for i = 2, #KEYS do
  redis.call('HSET', KEYS[i], ticket, ARGV[1 + (i - 1) * 3] .. ':' .. (now + lease))
end
redis.call('SET', KEYS[1], '1', 'PX', lease)
return {'admitted'}`

// KEYS: the ticket's key, then the items' hashes. ARGV: ticket.
const RELEASE = `redis.call('DEL', KEYS[1])
for i = 2, #KEYS do
  redis.call('HDEL', KEYS[i], 'c:' .. ARGV[1])
  redis.call('HINCRBY', KEYS[i], 'v', 1)
end
return 1`

// KEYS: tickets' keys and items' hashes; ARGV: lease ms, then for each key its ticket. Only what is still present
// is extended.
const RENEW = `${NOW}
local lease = tonumber(ARGV[1])
for i, key in ipairs(KEYS) do
  if redis.call('TYPE', key).ok == 'hash' then
    local field = 'c:' .. ARGV[i + 1]
    local claim = redis.call('HGET', key, field)
    if claim then
      redis.call('HSET', key, field, string.match(claim, '^(%d+):') .. ':' .. (now + lease))
    end
  else
    redis.call('PEXPIRE', key, lease)
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

  private ticketKey(ticket: string) {
    return `${this.prefix}ticket:${ticket}`
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
      needs.length + 1,
      this.ticketKey(ticket),
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
    await this.redis.gateRelease(itemIds.length + 1, this.ticketKey(ticket), ...itemIds.map((id) => this.key(id)), ticket)
  }

  async holds(ticket: string) {
    return (await this.redis.exists(this.ticketKey(ticket))) === 1
  }

  async renew(owner: string, held: Array<{ ticket: string; itemIds: string[] }>, leaseMs: number) {
    await this.redis.set(`${this.prefix}owner:${owner}`, "1", "PX", leaseMs)
    const pairs = held.flatMap(({ ticket, itemIds }) => [
      [this.ticketKey(ticket), ticket] as const,
      ...itemIds.map((id) => [this.key(id), ticket] as const),
    ])
    if (pairs.length) await this.redis.gateRenew(pairs.length, ...pairs.map(([key]) => key), leaseMs, ...pairs.map(([, t]) => t))
  }

  async isAlive(owner: string) {
    return (await this.redis.exists(`${this.prefix}owner:${owner}`)) === 1
  }

  async close() {
    await this.redis.quit().catch(() => this.redis.disconnect())
  }
}
