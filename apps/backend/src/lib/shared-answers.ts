import { createHash } from "node:crypto"
import type { MedusaResponse } from "@medusajs/framework/http"

/**
 * How long answers are shared between requests, per route family, in milliseconds. Festival progress: a crowd
 * watching the bar costs one set of queries per interval. Search: popular queries during a festival cost one search
 * per interval; index changes reach search through events within seconds anyway.
 */
export const SHARE_MS = { festival: 2_000, search: 3_000 } as const

/**
 * Shares one computation of an answer among everyone who asks for the same key within `ms`, so a crowd asking the
 * same thing costs one computation per interval, not one per visitor. Failures are not kept. Keys may come from
 * URLs, so the map holds at most `maxEntries`: expired answers go first, then the oldest.
 */
export class SharedAnswers<T> {
  private readonly answers = new Map<string, { at: number; value: Promise<T> }>()

  constructor(
    readonly ms: number,
    private readonly maxEntries = 256
  ) {}

  get(key: string, compute: () => Promise<T>): Promise<T> {
    const now = Date.now()
    const hit = this.answers.get(key)
    if (hit && now - hit.at < this.ms) return hit.value
    if (this.answers.size >= this.maxEntries) this.evict(now)
    const value = compute()
    this.answers.delete(key)
    this.answers.set(key, { at: now, value })
    value.catch(() => this.answers.get(key)?.value === value && this.answers.delete(key))
    return value
  }

  private evict(now: number) {
    for (const [key, entry] of this.answers) if (now - entry.at >= this.ms) this.answers.delete(key)
    for (const key of this.answers.keys()) {
      if (this.answers.size < this.maxEntries) break
      this.answers.delete(key)
    }
  }
}

/** A JSON answer serialised once, with the ETag of its bytes. */
export type SerialisedAnswer = { body: Buffer; etag: string }

/** Serialises an answer that many requests will share (see SharedAnswers), so each request only sends bytes. */
export function serialise(value: unknown): SerialisedAnswer {
  const body = Buffer.from(JSON.stringify(value))
  return { body, etag: `"${createHash("sha1").update(body).digest("base64url")}"` }
}

/** Sends a serialised answer; Express answers 304 instead when the request's If-None-Match has its ETag. */
export function sendSerialised(res: MedusaResponse, answer: SerialisedAnswer) {
  res.setHeader("ETag", answer.etag)
  res.type("json").send(answer.body)
}
