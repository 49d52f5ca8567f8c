import { timingSafeEqual } from "node:crypto"
import { revalidateTag } from "next/cache"
import { NextResponse, type NextRequest } from "next/server"
import { getConfig } from "@/lib/config"
import { ALL_TAGS, isCacheTag } from "@/lib/medusa/tags"

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

/**
 * POST /api/revalidate, header x-revalidate-secret = REVALIDATE_SECRET, body {"tags": ["products", …]}: marks
 * those cached store API reads stale. The backend's storefront-revalidate subscriber calls it.
 */
export async function POST(request: NextRequest) {
  const { revalidateSecret } = getConfig()
  if (!revalidateSecret) return NextResponse.json({ message: "REVALIDATE_SECRET is not set on the storefront" }, { status: 503 })
  if (!sameSecret(request.headers.get("x-revalidate-secret") ?? "", revalidateSecret)) {
    return NextResponse.json({ message: "wrong or missing x-revalidate-secret" }, { status: 401 })
  }
  const body = (await request.json().catch(() => null)) as { tags?: unknown } | null
  const tags = Array.isArray(body?.tags) ? body.tags.filter((t): t is string => typeof t === "string") : []
  const unknown = tags.filter((t) => !isCacheTag(t))
  if (!tags.length || unknown.length) {
    return NextResponse.json({ message: `tags must be a non-empty list of ${ALL_TAGS.join(", ")}; unknown: ${unknown.join(", ") || "none"}` }, { status: 400 })
  }
  // Expire now: the next visitor gets fresh stock and prices, not a stale page while it refreshes.
  for (const tag of tags.filter(isCacheTag)) revalidateTag(tag, { expire: 0 })
  return NextResponse.json({ revalidated: tags })
}
