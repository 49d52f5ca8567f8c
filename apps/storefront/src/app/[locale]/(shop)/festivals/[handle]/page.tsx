import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations } from "next-intl/server"
import { FestivalClock, FestivalProgress } from "@/components/festival/festival-status"
import { ProductGrid } from "@/components/product/product-card"
import { festivalWindow, getFestival } from "@/lib/medusa/festival"
import { festivalPricesFirst, listProducts } from "@/lib/medusa/products"
import { localePath } from "@/i18n/paths"
import type { Locale } from "@/i18n/routing"

export { generateStaticParams } from "@/lib/cached-page"

type Props = { params: Promise<{ locale: string; handle: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, handle } = await params
  const festival = await getFestival(handle, locale)
  if (!festival) return {}
  return {
    title: festival.title,
    description: festival.description,
    alternates: { canonical: localePath(`/festivals/${handle}`, locale as Locale) },
  }
}

/** A festival: its window in its own time zone, status and countdown, progress, and the produce taking part. */
export default async function FestivalPage({ params }: Props) {
  const { locale, handle } = await params
  const festival = await getFestival(handle, locale)
  if (!festival) notFound()
  const [t, products] = await Promise.all([
    getTranslations({ locale, namespace: "festival" }),
    festival.productIds.length ? listProducts(locale, { ids: festival.productIds }) : Promise.resolve([]),
  ])
  const dates = festivalWindow(festival, locale)
  return (
    <>
      <section className="bg-jujube text-white" aria-labelledby="festival-title">
        <div className="mx-auto max-w-6xl space-y-4 px-4 py-8 sm:py-12">
          <p className="flex flex-wrap items-center gap-2 text-sm font-medium text-white/85">
            <span>{t("kicker")}</span>
            <span className="rounded-full bg-white px-2.5 py-0.5 text-xs font-bold text-jujube" data-testid="festival-status">
              {t(`status.${festival.status}`)}
            </span>
          </p>
          <h1 id="festival-title" className="text-3xl leading-tight font-bold sm:text-5xl">
            {festival.title}
          </h1>
          <p className="max-w-2xl text-base text-white/90">{festival.description}</p>
          <p className="text-sm">
            <span className="font-semibold">{t("windowLabel")}</span>{" "}
            <span data-testid="festival-window">{t("window", dates)}</span>
          </p>
          <FestivalClock festival={festival} locale={locale} />
          {festival.status !== "upcoming" && <FestivalProgress festival={festival} locale={locale} />}
        </div>
      </section>
      <section aria-labelledby="h-festival-products" className="mx-auto max-w-6xl space-y-4 px-4 py-8">
        <div className="space-y-1">
          <h2 id="h-festival-products" className="text-xl font-bold sm:text-2xl">{t("products")}</h2>
          <p className="text-sm text-muted">{t("productsNote", { count: products.length })}</p>
        </div>
        {products.length ? (
          <ProductGrid products={festivalPricesFirst(products)} locale={locale} priorityCount={2} />
        ) : (
          <p className="py-12 text-center text-muted">{t("empty")}</p>
        )}
      </section>
    </>
  )
}
