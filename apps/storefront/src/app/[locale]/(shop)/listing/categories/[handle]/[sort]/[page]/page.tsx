import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { ProductListing } from "@/components/product/product-listing"
import { listingView } from "@/lib/listing"
import { getCategory } from "@/lib/medusa/categories"
import { listProducts } from "@/lib/medusa/products"
import { localePath } from "@/i18n/paths"
import type { Locale } from "@/i18n/routing"

export { generateStaticParams } from "@/lib/cached-page"

/** /categories/:handle?sort=…&page=…, as the proxy routes it (see lib/listing.ts). */
type Props = { params: Promise<{ locale: string; handle: string; sort: string; page: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, handle } = await params
  const category = await getCategory(handle, locale)
  if (!category) return {}
  return { title: category.name, alternates: { canonical: localePath(`/categories/${handle}`, locale as Locale) } }
}

export default async function CategoryPage({ params }: Props) {
  const { locale, handle, sort: sortParam, page: pageParam } = await params
  const category = await getCategory(handle, locale)
  if (!category) notFound()
  const { sort, page } = listingView(sortParam, pageParam)
  const products = await listProducts(locale, { categoryId: category.id })
  return (
    <div className="mx-auto max-w-6xl space-y-4 px-4 py-6">
      <h1 className="text-2xl font-bold">{category.name}</h1>
      <ProductListing products={products} sort={sort} page={page} basePath={`/categories/${handle}`} locale={locale} />
    </div>
  )
}
