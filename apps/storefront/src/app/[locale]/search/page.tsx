import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { ProductGrid } from "@/components/product/product-card"
import { listProducts } from "@/lib/medusa/products"

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ q?: string | string[] }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "search" })
  return { title: t("title"), robots: { index: false } }
}

/** Header search results: the store API's `q` for now (the search issue replaces it). */
export default async function SearchPage({ params, searchParams }: Props) {
  const { locale } = await params
  const raw = (await searchParams).q
  const q = (Array.isArray(raw) ? raw[0] : raw)?.trim().slice(0, 100) ?? ""
  const t = await getTranslations({ locale, namespace: "search" })
  const products = q ? await listProducts(locale, { q }) : []
  return (
    <div className="mx-auto max-w-6xl space-y-4 px-4 py-6">
      <h1 className="text-2xl font-bold">{q ? t("resultsFor", { q }) : t("title")}</h1>
      {!q && <p className="text-muted">{t("prompt")}</p>}
      {q && !products.length && <p className="text-muted">{t("none")}</p>}
      {products.length > 0 && <ProductGrid products={products} locale={locale} />}
    </div>
  )
}
