import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { ProductListing } from "@/components/product/product-listing"
import { listingView } from "@/lib/listing"
import { listProducts } from "@/lib/medusa/products"
import { localePath } from "@/i18n/paths"
import type { Locale } from "@/i18n/routing"

export { generateStaticParams } from "@/lib/cached-page"

/** /products?sort=…&page=…, as the proxy routes it (see lib/listing.ts). */
type Props = { params: Promise<{ locale: string; sort: string; page: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "listing" })
  return { title: t("allTitle"), alternates: { canonical: localePath("/products", locale as Locale) } }
}

export default async function AllProductsPage({ params }: Props) {
  const { locale, sort: sortParam, page: pageParam } = await params
  const { sort, page } = listingView(sortParam, pageParam)
  const [t, products] = await Promise.all([getTranslations({ locale, namespace: "listing" }), listProducts(locale)])
  return (
    <div className="mx-auto max-w-6xl space-y-4 px-4 py-6">
      <h1 className="text-2xl font-bold">{t("allTitle")}</h1>
      <ProductListing products={products} sort={sort} page={page} basePath="/products" locale={locale} />
    </div>
  )
}
