import { NextResponse, type NextRequest } from "next/server"
import { routing } from "@/i18n/routing"
import { statusOf } from "@/lib/medusa/client"
import { parseSearchParams, searchProducts } from "@/lib/medusa/search"

/**
 * GET /api/search?locale=en&q=…: the search page's as-you-type updates. Takes the search page's own URL
 * parameters and answers a SearchResult, so the publishable key and the backend stay server-side.
 */
export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams
  const locale = routing.locales.find((l) => l === params.get("locale")) ?? routing.defaultLocale
  try {
    return NextResponse.json(await searchProducts(parseSearchParams(params), locale))
  } catch (error) {
    const status = statusOf(error) === 400 ? 400 : 502
    const message = error instanceof Error ? error.message : "search failed"
    return NextResponse.json({ message }, { status })
  }
}
