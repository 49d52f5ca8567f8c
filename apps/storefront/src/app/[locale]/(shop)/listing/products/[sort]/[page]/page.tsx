import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { listingParams, ProductListing } from "@/components/product/product-listing"
import { listProducts } from "@/lib/medusa/products"
import { localePath } from "@/i18n/paths"
import type { Locale } from "@/i18n/routing"

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "listing" })
  return { title: t("allTitle"), alternates: { canonical: localePath("/products", locale as Locale) } }
}

export default async function AllProductsPage({ params, searchParams }: Props) {
  const { locale } = await params
  const { sort, page } = listingParams(await searchParams)
  const [t, products] = await Promise.all([getTranslations({ locale, namespace: "listing" }), listProducts(locale)])
  return (
    <div className="mx-auto max-w-6xl space-y-4 px-4 py-6">
      <h1 className="text-2xl font-bold">{t("allTitle")}</h1>
      <ProductListing products={products} sort={sort} page={page} basePath="/products" locale={locale} />
    </div>
  )
}
