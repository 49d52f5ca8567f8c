import type { MetadataRoute } from "next"
import { type Locale, routing } from "@/i18n/routing"
import { getConfig } from "@/lib/config"
import { listCategories } from "@/lib/medusa/categories"
import { listCooperatives } from "@/lib/medusa/cooperatives"
import { getCurrentFestival } from "@/lib/medusa/festival"
import { listProducts } from "@/lib/medusa/products"
import { localePath } from "@/i18n/paths"

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
  const url = (locale: Locale, path: string) => `${siteUrl}${localePath(path, locale)}`
  return paths.map((path) => ({
    url: url(routing.defaultLocale, path),
    alternates: { languages: Object.fromEntries(routing.locales.map((l) => [l, url(l, path)])) },
  }))
}
