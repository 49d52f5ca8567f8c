import type { MetadataRoute } from "next"
import { getConfig } from "@/lib/config"
import { localePath } from "@/i18n/paths"
import { routing } from "@/i18n/routing"

export const dynamic = "force-dynamic"

/** Pages for one shopper only: kept out of search engines in every language. */
const PRIVATE = ["/cart", "/checkout", "/account", "/orders"]

export default function robots(): MetadataRoute.Robots {
  const { siteUrl } = getConfig()
  return {
    rules: { userAgent: "*", allow: "/", disallow: [...PRIVATE.flatMap((path) => routing.locales.map((l) => localePath(path, l))), "/api"] },
    sitemap: `${siteUrl}/sitemap.xml`,
  }
}
