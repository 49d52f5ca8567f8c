import createMiddleware from "next-intl/middleware"
import { NextResponse, type NextRequest } from "next/server"
import { routing } from "./i18n/routing"
import { listingRewrite } from "./lib/listing"

const intl = createMiddleware(routing)

/**
 * next-intl routes each path to its locale (/products → /zh-CN/products); listings then go on to their cached page
 * per view (/zh-CN/listing/products/price_asc/2, see lib/listing.ts). Redirects are next-intl's own.
 */
export default function proxy(request: NextRequest) {
  const response = intl(request)
  if (response.headers.has("location")) return response
  const routed = new URL(response.headers.get("x-middleware-rewrite") ?? request.url)
  const listing = listingRewrite(routed.pathname, request.nextUrl.searchParams)
  if (!listing) return response
  const target = new URL(listing, request.url)
  const rewrite = NextResponse.rewrite(target)
  // Keep any header next-intl adds for the browser (none with our routing: no locale cookie, no Link header), not its
  // own routing headers.
  response.headers.forEach((value, name) => {
    if (!name.startsWith("x-middleware-") && name !== "set-cookie") rewrite.headers.set(name, value)
  })
  for (const cookie of response.headers.getSetCookie()) rewrite.headers.append("set-cookie", cookie)
  return rewrite
}

export const config = {
  // Everything except API routes, Next internals and files with an extension (robots.txt, sitemap.xml, …).
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
}
