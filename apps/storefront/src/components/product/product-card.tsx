import { getFormatter, getTranslations } from "next-intl/server"
import { Picture } from "@/components/ui/picture"
import { Link } from "@/i18n/link"
import { formatMoney, pricePerJin } from "@/lib/money"
import { presaleBadge } from "@/lib/presale"
import { PresaleBadge } from "./presale-badge"
import type { Product } from "@/lib/medusa/types"

/** The tile's title level: 3 under a section's h2 (home, co-op, festival), 2 where the grid sits right under the h1. */
type HeadingLevel = 2 | 3

/** A product tile: picture, title, lowest box price and its price per 斤. */
export async function ProductCard({
  product,
  locale,
  priority = false,
  headingLevel = 3,
}: {
  product: Product
  locale: string
  priority?: boolean
  headingLevel?: HeadingLevel
}) {
  const [t, tPresale, format] = await Promise.all([
    getTranslations({ locale, namespace: "product" }),
    getTranslations({ locale, namespace: "presale" }),
    getFormatter({ locale }),
  ])
  const shipsOn = product.variants.map((v) => v.shipsOn).filter((d): d is string => d !== null).sort()[0] ?? null
  const Heading = headingLevel === 2 ? "h2" : "h3"
  const cheapest = product.variants.find((v) => v.price === product.minPrice)
  const jin = cheapest?.price != null ? pricePerJin(cheapest.price, cheapest.grams) : null
  const soldOut = product.variants.length > 0 && product.variants.every((v) => v.stock === "sold_out")
  return (
    <li className="group overflow-hidden rounded-2xl border border-sand-dark bg-white">
      <Link href={`/products/${product.handle}`} className="block" data-testid="product-card">
        <div className="aspect-square bg-sand">
          {product.thumbnail && (
            <Picture
              src={product.thumbnail}
              alt=""
              width={800}
              height={800}
              place="card"
              preload={priority}
              className="h-full w-full object-cover transition group-hover:scale-[1.02]"
            />
          )}
        </div>
        <div className="space-y-1 p-3">
          <Heading className="line-clamp-2 text-sm font-semibold text-ink sm:text-base">{product.title}</Heading>
          {product.subtitle && <p className="line-clamp-1 text-xs text-muted">{product.subtitle}</p>}
          {product.minPrice !== null && (
            <p className="text-base font-bold text-jujube">
              {t("from", { price: formatMoney(product.minPrice, cheapest?.currencyCode, locale) })}
              {cheapest?.originalPrice != null && (
                <>
                  {" "}
                  <s className="text-xs font-normal text-muted">{formatMoney(cheapest.originalPrice, cheapest.currencyCode, locale)}</s>
                </>
              )}
            </p>
          )}
          {cheapest?.originalPrice != null && (
            <p className="inline-block rounded bg-jujube px-1.5 text-xs font-medium text-white">{t("festivalPrice")}</p>
          )}
          {jin !== null && <p className="text-xs text-muted">{t("perJin", { price: formatMoney(jin, cheapest?.currencyCode, locale) })}</p>}
          {shipsOn && (
            <p>
              <PresaleBadge {...presaleBadge(tPresale, format, shipsOn)} />
            </p>
          )}
          {soldOut && <p className="text-xs font-medium text-muted">{t("soldOut")}</p>}
        </div>
      </Link>
    </li>
  )
}

export async function ProductGrid({
  products,
  locale,
  priorityCount = 0,
  headingLevel,
}: {
  products: Product[]
  locale: string
  priorityCount?: number
  headingLevel?: HeadingLevel
}) {
  return (
    <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4">
      {products.map((p, i) => (
        <ProductCard key={p.id} product={p} locale={locale} priority={i < priorityCount} headingLevel={headingLevel} />
      ))}
    </ul>
  )
}
