import Medusa, { FetchError } from "@medusajs/js-sdk"
import { headers } from "next/headers"
import { getConfig } from "@/lib/config"

let sdk: Medusa | undefined

/** The one Medusa JS SDK instance; auth tokens are passed per call, never stored in it. */
export function getSdk(): Medusa {
  if (!sdk) {
    const { backendUrl, publishableKey } = getConfig()
    sdk = new Medusa({ baseUrl: backendUrl, publishableKey, auth: { type: "jwt", jwtTokenStorageMethod: "nostore" } })
  }
  return sdk
}

type Query = Record<string, string | number | boolean | string[] | undefined>

/** The storefront's locale → the Medusa Translation Module's locale (zh-CN is the catalog's own language). */
export function medusaLocale(locale: string): string | undefined {
  return locale.startsWith("en") ? "en-US" : undefined
}

/**
 * A cached GET on the store API, tagged so POST /api/revalidate can refresh it. The locale goes in the query
 * string so each language is its own cache entry.
 */
export async function cachedGet<T>(
  path: string,
  { query = {}, tags, locale, revalidate = 300 }: { query?: Query; tags: string[]; locale?: string; revalidate?: number }
): Promise<T> {
  const medusa = locale ? medusaLocale(locale) : undefined
  return getSdk().client.fetch<T>(path, {
    query: medusa ? { ...query, locale: medusa } : query,
    headers: medusa ? { "x-medusa-locale": medusa } : { "x-medusa-locale": null },
    cache: "force-cache",
    next: { tags, revalidate },
  })
}

/** An uncached call for per-shopper data (carts, customers, orders). */
export async function liveRequest<T>(
  path: string,
  init: {
    method?: "GET" | "POST" | "DELETE"
    query?: Query
    body?: unknown
    token?: string | null
    locale?: string
    headers?: Record<string, string>
  } = {}
): Promise<T> {
  const medusa = init.locale ? medusaLocale(init.locale) : undefined
  return getSdk().client.fetch<T>(path, {
    method: init.method ?? "GET",
    query: init.query,
    body: init.body as Record<string, unknown> | undefined,
    headers: {
      "x-medusa-locale": medusa ?? null,
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
      ...init.headers,
    },
    cache: "no-store",
  })
}

/** The backend refused a sign-in after too many failures (429); `minutes` until it may be tried again. */
export class TooManyAttempts extends Error {
  constructor(readonly minutes: number) {
    super(`too many sign-in attempts; try again in ${minutes} minutes`)
  }
}

/**
 * POST to a sign-in route (email and password). The shopper's own address goes along in X-Forwarded-For, since the
 * backend throttles failures per address as well as per account and would otherwise see only this server's. A 429
 * becomes `TooManyAttempts` with the minutes from Retry-After; other refusals are the SDK's FetchError as elsewhere.
 */
export async function signInRequest<T>(path: string, body: Record<string, unknown>): Promise<T> {
  const { backendUrl, publishableKey } = getConfig()
  const shopper = (await headers()).get("x-forwarded-for")?.split(",")[0]?.trim()
  const res = await fetch(`${backendUrl}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-publishable-api-key": publishableKey, ...(shopper ? { "x-forwarded-for": shopper } : {}) },
    body: JSON.stringify(body),
    cache: "no-store",
  })
  const answer = await res.json().catch(() => ({}))
  if (res.status === 429) throw new TooManyAttempts(Math.max(1, Math.ceil(Number(res.headers.get("retry-after") || 60) / 60)))
  if (!res.ok) throw new FetchError(answer.message ?? res.statusText, res.statusText, res.status)
  return answer as T
}

/** True when Medusa answered 404. */
export function isNotFound(error: unknown): boolean {
  return error instanceof FetchError && error.status === 404
}

/** The HTTP status of a failed Medusa call, if it got an answer. */
export function statusOf(error: unknown): number | undefined {
  return error instanceof FetchError ? error.status : undefined
}

/**
 * The one reading of a failed cart or checkout call for the shopper, as a `form.errors` message key: Medusa refuses a
 * quantity it cannot cover with a 400 (a 409 when other buyers took the boxes), a cart that is gone with a 404.
 */
export function cartErrorKey(error: unknown): "soldOut" | "cartGone" | "generic" {
  const status = statusOf(error)
  if (status === 400 || status === 409) return "soldOut"
  if (status === 404) return "cartGone"
  return "generic"
}

/** The auth routes answer 400/401 when the email and password do not match (or, registering, the email is taken). */
export function isRefusedCredentials(error: unknown): boolean {
  const status = statusOf(error)
  return status === 400 || status === 401
}
