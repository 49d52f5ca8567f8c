import type { MetadataRoute } from "next"
import { routing } from "@/i18n/routing"
import { getConfig } from "@/lib/config"
import { listCategories } from "@/lib/medusa/categories"
import { listCooperatives } from "@/lib/medusa/cooperatives"
import { getCurrentFestival } from "@/lib/medusa/festival"
import { listProducts } from "@/lib/medusa/products"

export const dynamic = "force-dynamic"

/** Every public page in both languages; zh-CN at the root, English under /en. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const { siteUrl } = getConfig()
  const [products, categories, cooperatives, festival] = await Promise.all([
    listProducts(routing.defaultLocale),
    listCategories(routing.defaultLocale),
    listCooperatives(routing.defaultLocale),
    getCurrentFestival(routing.defaultLocale),
  ])
  const paths = [
    "/",
    "/products",
    ...categories.map((c) => `/categories/${c.handle}`),
    ...products.map((p) => `/products/${p.handle}`),
    ...cooperatives.map((c) => `/cooperatives/${c.handle}`),
    ...(festival ? [`/festivals/${festival.handle}`] : []),
  ]
  const url = (locale: string, path: string) => `${siteUrl}${locale === routing.defaultLocale ? "" : `/${locale}`}${path === "/" && locale !== routing.defaultLocale ? "" : path}`
  return paths.map((path) => ({
    url: url(routing.defaultLocale, path),
    alternates: { languages: Object.fromEntries(routing.locales.map((l) => [l, url(l, path)])) },
  }))
}
