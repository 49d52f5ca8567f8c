import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getFormatter, getTranslations } from "next-intl/server"
import { AddToCart } from "@/components/product/add-to-cart"
import { Gallery } from "@/components/product/gallery"
import { PresaleBadge } from "@/components/product/presale-badge"
import { Link } from "@/i18n/link"
import { localePath } from "@/i18n/paths"
import type { Locale } from "@/i18n/routing"
import { getConfig } from "@/lib/config"
import { presaleBadge } from "@/lib/presale"
import { formatMoney, formatWeight, pricePerJin } from "@/lib/money"
import { getBoxContents, getProduct } from "@/lib/medusa/products"
import type { Product } from "@/lib/medusa/types"

export { generateStaticParams } from "@/lib/cached-page"

type Props = { params: Promise<{ locale: string; handle: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, handle } = await params
  const product = await getProduct(handle, locale)
  if (!product) return {}
  return {
    title: product.title,
    description: product.description ?? product.subtitle ?? undefined,
    alternates: { canonical: localePath(`/products/${handle}`, locale as Locale) },
    openGraph: { title: product.title, images: product.thumbnail ? [product.thumbnail] : [] },
  }
}

/** schema.org Product with an AggregateOffer over the weight options. */
function productJsonLd(product: Product, url: string) {
  const prices = product.variants.map((v) => v.price).filter((p): p is number => p !== null)
  const inStock = product.variants.some((v) => v.stock !== "sold_out")
  return {
    "@context": "https://schema.org",
    "@type": "Product",
    name: product.title,
    description: product.description ?? undefined,
    image: product.images.length ? product.images : product.thumbnail ? [product.thumbnail] : undefined,
    sku: product.handle,
    brand: product.cooperative ? { "@type": "Brand", name: product.cooperative.name } : undefined,
    countryOfOrigin: "CN",
    offers: prices.length
      ? {
          "@type": "AggregateOffer",
          url,
          priceCurrency: (product.variants[0]?.currencyCode ?? "cny").toUpperCase(),
          lowPrice: Math.min(...prices),
          highPrice: Math.max(...prices),
          offerCount: prices.length,
          availability: inStock ? "https://schema.org/InStock" : "https://schema.org/SoldOut",
        }
      : undefined,
  }
}

export default async function ProductPage({ params }: Props) {
  const { locale, handle } = await params
  const product = await getProduct(handle, locale)
  if (!product) notFound()
  const [t, tPresale, format] = await Promise.all([
    getTranslations({ locale, namespace: "product" }),
    getTranslations({ locale, namespace: "presale" }),
    getFormatter({ locale }),
  ])
  const presale = (date: string | null) => (date ? presaleBadge(tPresale, format, date) : null)
  const firstShipDay = product.variants.map((v) => v.shipsOn).filter((d): d is string => d !== null).sort()[0] ?? null
  const contents = await getBoxContents(product, locale)
  const money = (n: number, c: string) => formatMoney(n, c, locale)
  const facts = product.facts
  const path = localePath(`/products/${handle}`, locale as Locale)
  const jsonLd = productJsonLd(product, `${getConfig().siteUrl}${path}`)
  const choices = product.variants.map((v) => {
    const jin = v.price !== null ? pricePerJin(v.price, v.grams) : null
    return {
      id: v.id,
      title: v.title,
      price: v.price !== null ? money(v.price, v.currencyCode) : null,
      originalPrice: v.originalPrice !== null ? money(v.originalPrice, v.currencyCode) : null,
      perJin: jin !== null ? t("perJin", { price: money(jin, v.currencyCode) }) : null,
      stockText: v.stock === "sold_out" ? t("soldOut") : v.stock === "low" ? t("low", { count: v.available ?? 0 }) : t("inStock"),
      soldOut: v.stock === "sold_out",
      presale: presale(v.shipsOn),
    }
  })
  const harvest =
    facts &&
    (facts.harvestFromMonth === facts.harvestToMonth
      ? t("harvestMonth", { from: facts.harvestFromMonth })
      : t("harvestRange", { from: facts.harvestFromMonth, to: facts.harvestToMonth }))
  const row = "flex justify-between gap-4 border-b border-sand-dark py-2 text-sm"

  return (
    <article className="mx-auto grid max-w-6xl gap-6 px-4 py-6 md:grid-cols-2 md:gap-10">
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify(jsonLd).replace(/</g, "\\u003c") }} />
      <Gallery
        images={product.images.length ? product.images : product.thumbnail ? [product.thumbnail] : []}
        title={product.title}
        label={t("gallery")}
        altFor={(n) => t("imageAlt", { title: product.title, n })}
      />
      <div className="space-y-5">
        <header className="space-y-1">
          {product.cooperative && (
            <Link href={`/cooperatives/${product.cooperative.handle}`} className="text-sm font-medium text-leaf hover:underline">
              {product.cooperative.name}
            </Link>
          )}
          <h1 className="text-2xl font-bold sm:text-3xl">{product.title}</h1>
          {product.subtitle && <p className="text-muted">{product.subtitle}</p>}
          {firstShipDay && <PresaleBadge {...presale(firstShipDay)!} />}
        </header>
        <AddToCart
          variants={choices}
          locale={locale}
          cartHref={localePath("/cart", locale as Locale)}
          labels={{
            chooseWeight: t("chooseWeight"),
            quantity: t("quantity"),
            addToCart: t("addToCart"),
            adding: t("adding"),
            viewCart: t("viewCart"),
            soldOut: t("soldOut"),
          }}
        />
        {product.description && <p className="leading-relaxed text-ink/90">{product.description}</p>}
        {contents.length > 0 && (
          <section aria-labelledby="h-contents" data-testid="box-contents">
            <h2 id="h-contents" className="mb-1 text-lg font-bold">{t("contents")}</h2>
            {contents.map((box) => (
              <div key={box.variantId} className="mb-3">
                {contents.length > 1 && <h3 className="mt-2 text-sm font-bold">{t("contentsOf", { weight: box.variantTitle })}</h3>}
                <ul>
                  {box.parts.map((part) => (
                    <li key={`${part.title}-${part.variantTitle}`} className={row}>
                      <span>
                        {part.href ? <Link href={part.href} className="text-jujube hover:underline">{part.title}</Link> : part.title}
                        <span className="text-muted"> · {t("partLine", { variant: part.variantTitle, count: part.quantity })}</span>
                        {part.cooperative && <span className="block text-xs text-muted">{part.cooperative.name}</span>}
                      </span>
                      <span className="shrink-0">{t("partWeight", { weight: formatWeight(part.grams) })}</span>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
            <p className="text-xs text-muted">{t("contentsNote")}</p>
          </section>
        )}
        {facts && (
          <section aria-labelledby="h-facts">
            <h2 id="h-facts" className="mb-1 text-lg font-bold">{t("details")}</h2>
            <dl>
              <div className={row}><dt className="text-muted">{t("origin")}</dt><dd>{facts.origin}</dd></div>
              {product.cooperative && (
                <div className={row}>
                  <dt className="text-muted">{t("cooperative")}</dt>
                  <dd className="text-right">
                    <Link href={`/cooperatives/${product.cooperative.handle}`} className="text-jujube hover:underline">{product.cooperative.name}</Link>
                  </dd>
                </div>
              )}
              <div className={row}><dt className="text-muted">{t("grade")}</dt><dd>{t(`grades.${facts.grade}`)}</dd></div>
              <div className={row}><dt className="text-muted">{t("harvest")}</dt><dd>{harvest}</dd></div>
              <div className={row}><dt className="text-muted">{t("storage")}</dt><dd className="text-right">{facts.storage}</dd></div>
              <div className={row}><dt className="text-muted">{t("shelfLife")}</dt><dd>{t("shelfLifeDays", { days: facts.shelfLifeDays })}</dd></div>
            </dl>
          </section>
        )}
        <section aria-labelledby="h-delivery" className="rounded-2xl bg-sand p-4 text-sm">
          <h2 id="h-delivery" className="mb-1 font-bold">{t("delivery")}</h2>
          <p data-testid="delivery-note">{facts?.coldChain ? t("coldChainNote") : t("standardNote")}</p>
          {product.cooperative && <p className="mt-1 text-muted">{t("shipsFrom", { place: product.cooperative.place })}</p>}
        </section>
      </div>
    </article>
  )
}
