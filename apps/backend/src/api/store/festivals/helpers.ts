import { createHash } from "node:crypto"
import type { MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { festivalProgress, festivalStatus } from "../../../lib/festival-report"

/** A festival's own fields, as both the store and the admin API return them. */
export const FESTIVAL_FIELDS = [
  "id",
  "handle",
  "title_zh",
  "title_en",
  "description_zh",
  "description_en",
  "starts_at",
  "ends_at",
  "timezone",
  "target_kg",
]

export const STORE_FESTIVAL_FIELDS = [...FESTIVAL_FIELDS, "products.id", "products.status"]

type StoredFestival = {
  id: string
  handle: string
  starts_at: Date | string
  ends_at: Date | string
  products?: Array<{ id: string; status?: string } | null> | null
} & Record<string, unknown>

/** A festival as the storefront shows it: status, live progress and its published products' ids. */
export async function presentFestival(container: MedusaContainer, festival: StoredFestival) {
  const { products, ...rest } = festival
  return {
    ...rest,
    status: festivalStatus(festival),
    product_ids: (products ?? []).flatMap((p) => (p && p.status === "published" ? [p.id] : [])),
    progress: await festivalProgress(container, festival.handle),
  }
}

/** A JSON answer serialised once, with the ETag of its bytes. */
export type SerialisedAnswer = { body: Buffer; etag: string }

/** Serialises an answer that many requests will share (see shareBriefly), so each request only sends bytes. */
export function serialise(value: unknown): SerialisedAnswer {
  const body = Buffer.from(JSON.stringify(value))
  return { body, etag: `"${createHash("sha1").update(body).digest("base64url")}"` }
}

/** Sends a serialised answer; Express answers 304 instead when the request's If-None-Match has its ETag. */
export function sendSerialised(res: MedusaResponse, answer: SerialisedAnswer) {
  res.setHeader("ETag", answer.etag)
  res.type("json").send(answer.body)
}
