import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { Logger } from "@medusajs/framework/types"
import Redis from "ioredis"
import proxyaddr from "proxy-addr"
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from "rate-limiter-flexible"

/**
 * Failed sign-ins allowed per account (actor type + email) and per client address within `windowSeconds`; the next
 * attempt, right or wrong, is answered 429 for `blockSeconds`. The address limit is higher: many shoppers can share one
 * address (an office, a carrier's NAT), and the storefront passes each shopper's address on in X-Forwarded-For.
 */
export const LOGIN_LIMITS = { perAccount: 10, perAddress: 50, windowSeconds: 15 * 60, blockSeconds: 15 * 60 }

/**
 * Who X-Forwarded-For is believed from: this machine and private networks (the storefront, a load balancer in front).
 * Medusa trusts one hop from anyone, so a caller reaching the backend directly could name a new address per guess.
 */
const trustedProxies = proxyaddr.compile(["loopback", "linklocal", "uniquelocal"])

/** The address a sign-in is counted against: the first one, walking back from the connection, not a trusted proxy. */
export const clientAddress = (req: Parameters<typeof proxyaddr>[0]) => proxyaddr(req, trustedProxies)

type Limiters = { account: RateLimiterAbstract; address: RateLimiterAbstract }
let limiters: Limiters | undefined

/**
 * The counters: in Redis when REDIS_URL is set, so every server process counts the same failures (with a copy in
 * memory taking over while Redis cannot be reached); in this process's memory otherwise.
 */
function limitersFor(redisUrl: string | undefined): Limiters {
  if (limiters) return limiters
  const make = (keyPrefix: string, points: number): RateLimiterAbstract => {
    const options = { keyPrefix, points, duration: LOGIN_LIMITS.windowSeconds, blockDuration: LOGIN_LIMITS.blockSeconds }
    if (!redisUrl) return new RateLimiterMemory(options)
    const storeClient = new Redis(redisUrl, { enableOfflineQueue: false })
    return new RateLimiterRedis({ ...options, storeClient, insuranceLimiter: new RateLimiterMemory(options) })
  }
  limiters = { account: make("tarim:login:account", LOGIN_LIMITS.perAccount), address: make("tarim:login:address", LOGIN_LIMITS.perAddress) }
  return limiters
}

/**
 * In front of every password sign-in (`POST /auth/{user|customer|coop_member}/emailpass`), the co-op invitation
 * that proves an existing password, and a guest's email + phone proof of an order. Each attempt takes a point from
 * its account (route + email, or invitation) and its address before the secret is checked, so a burst of guesses sent
 * at once is counted too; a success gives the account's points back, an answer other than 401/404 gives both back.
 * Over the limit the key is refused with 429 and Retry-After for `blockSeconds`, the right password included.
 */
export async function throttleLogins(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const config = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  const { account, address } = limitersFor(config.projectConfig.redisUrl)
  const body = (req.body ?? {}) as { email?: unknown; password?: unknown; token?: unknown }
  // Medusa's sign-in answers a non-text email or password with the same 401 as a wrong one: say what was wrong, count nothing.
  if (req.params.actor_type && (typeof body.email !== "string" || typeof body.password !== "string")) {
    return next(new MedusaError(MedusaError.Types.INVALID_DATA, "Sign in with an email and a password, both as text"))
  }
  const who = typeof body.email === "string" ? body.email.trim().toLowerCase() : typeof body.token === "string" ? `invite:${body.token}` : ""
  // The route names what is guessed at: an actor type's accounts, an invitation, one order's email and phone.
  const accountKey = `${req.originalUrl.split("?")[0]}:${who}`
  const addressKey = clientAddress(req)

  const taken = await Promise.allSettled([who ? account.consume(accountKey) : Promise.resolve(null), address.consume(addressKey)])
  const refused = taken.flatMap((t) => (t.status === "rejected" ? [t.reason] : []))
  if (refused.length) {
    const error = refused.find((r) => r instanceof Error)
    if (error) return next(error)
    // Give back the point taken from the key that was not over its limit: this attempt was never checked.
    if (taken[0].status === "fulfilled" && who) await account.reward(accountKey, 1)
    if (taken[1].status === "fulfilled") await address.reward(addressKey, 1)
    const wait = Math.max(1, ...refused.map((r: { msBeforeNext: number }) => Math.ceil(r.msBeforeNext / 1000)))
    const minutes = Math.ceil(wait / 60)
    res.setHeader("Retry-After", String(wait))
    res.status(429).json({
      type: "not_allowed",
      code: "too_many_attempts",
      message: `Too many failed sign-ins for this account or from this address. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
      retry_after: wait,
    })
    return
  }

  res.on("finish", () => {
    // A wrong password answers 401; a wrong email and phone for an order, 404.
    if (res.statusCode === 401 || res.statusCode === 404) return
    const signedIn = res.statusCode < 300
    Promise.all([
      who ? (signedIn ? account.delete(accountKey) : account.reward(accountKey, 1)) : undefined,
      address.reward(addressKey, 1),
    ]).catch((error: Error) => {
      req.scope.resolve<Logger>(ContainerRegistrationKeys.LOGGER).warn(`Login throttle: giving back a point failed: ${error.message}`)
    })
  })
  next()
}
