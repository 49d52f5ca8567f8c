import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations } from "next-intl/server"
import { ProductGrid } from "@/components/product/product-card"
import { getCooperative } from "@/lib/medusa/cooperatives"
import { listProducts } from "@/lib/medusa/products"

export { generateStaticParams } from "@/lib/cached-page"

type Props = { params: Promise<{ locale: string; handle: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, handle } = await params
  const found = await getCooperative(handle, locale)
  if (!found) return {}
  return { title: found.cooperative.name, description: found.cooperative.story.slice(0, 150) }
}

/** 直销: a cooperative's story and everything it sells here. */
export default async function CooperativePage({ params }: Props) {
  const { locale, handle } = await params
  const found = await getCooperative(handle, locale)
  if (!found) notFound()
  const { cooperative } = found
  const handles = found.products.map((p) => p.handle)
  const [t, products] = await Promise.all([
    getTranslations({ locale, namespace: "cooperative" }),
    handles.length ? listProducts(locale, { handles }) : Promise.resolve([]),
  ])
  return (
    <div className="mx-auto max-w-6xl space-y-8 px-4 py-6">
      <header className="space-y-2 rounded-2xl bg-sand p-5 sm:p-8">
        <p className="text-sm font-medium text-leaf">{t("kicker")}</p>
        <h1 className="text-2xl font-bold sm:text-3xl">{cooperative.name}</h1>
        <p className="text-muted">{cooperative.place}</p>
      </header>
      <section aria-labelledby="h-story" className="max-w-3xl space-y-2">
        <h2 id="h-story" className="text-xl font-bold">{t("story")}</h2>
        <p className="leading-relaxed">{cooperative.story}</p>
      </section>
      <section aria-labelledby="h-products" className="space-y-4">
        <h2 id="h-products" className="text-xl font-bold">{t("products")}</h2>
        <ProductGrid products={products} locale={locale} />
      </section>
    </div>
  )
}
