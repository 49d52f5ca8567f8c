import { getTranslations } from "next-intl/server"
import { FestivalHero } from "@/components/festival/festival-hero"
import { ProductGrid } from "@/components/product/product-card"
import { Link } from "@/i18n/link"
import { listCategories } from "@/lib/medusa/categories"
import { listCooperatives } from "@/lib/medusa/cooperatives"
import { getCurrentFestival } from "@/lib/medusa/festival"
import { festivalPricesFirst, listProducts } from "@/lib/medusa/products"

export { generateStaticParams } from "@/lib/cached-page"

const FEATURED = 8

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  const [t, festival, products, categories, cooperatives] = await Promise.all([
    getTranslations({ locale, namespace: "home" }),
    getCurrentFestival(locale),
    listProducts(locale),
    listCategories(locale),
    listCooperatives(locale),
  ])
  const featured = festivalPricesFirst(products).slice(0, FEATURED)
  const heading = "text-xl font-bold sm:text-2xl"
  return (
    <>
      <FestivalHero festival={festival} locale={locale} />
      <div className="mx-auto max-w-6xl space-y-10 px-4 py-8">
        <section aria-labelledby="h-categories">
          <h2 id="h-categories" className={`${heading} mb-4`}>{t("categories")}</h2>
          <ul className="grid grid-cols-3 gap-2 sm:grid-cols-6">
            {categories.map((c) => (
              <li key={c.id}>
                <Link href={`/categories/${c.handle}`} className="flex min-h-12 items-center justify-center rounded-xl bg-sand px-2 py-3 text-center text-sm font-semibold text-ink hover:bg-sand-dark">
                  {c.name}
                </Link>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="h-featured">
          <div className="mb-4 flex items-baseline justify-between">
            <h2 id="h-featured" className={heading}>{t("featured")}</h2>
            <Link href="/products" className="text-sm font-medium text-jujube">{t("viewAll")}</Link>
          </div>
          <ProductGrid products={featured} locale={locale} />
        </section>
        <section aria-labelledby="h-coops">
          <h2 id="h-coops" className={`${heading} mb-4`}>{t("cooperatives")}</h2>
          <ul className="grid gap-3 sm:grid-cols-2">
            {cooperatives.map((c) => (
              <li key={c.id}>
                <Link href={`/cooperatives/${c.handle}`} className="block h-full rounded-2xl border border-sand-dark p-4 hover:border-jujube">
                  <p className="font-semibold text-ink">{c.name}</p>
                  <p className="text-sm text-muted">{c.place}</p>
                  <p className="mt-2 line-clamp-2 text-sm text-ink/80">{c.story}</p>
                  <p className="mt-2 text-xs font-medium text-jujube">{t("productCount", { count: c.productCount })}</p>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </>
  )
}
