import { useLocale, useTranslations } from "next-intl"
import { Picture } from "@/components/ui/picture"
import { Link } from "@/i18n/navigation"
import { formatMoney } from "@/lib/money"
import type { SearchHit } from "@/lib/medusa/types"
import { Highlight } from "./highlight"

/** A search result tile: picture, highlighted title and subtitle, lowest box price, origin. */
export function SearchHitCard({ hit, priority = false }: { hit: SearchHit; priority?: boolean }) {
  const t = useTranslations("search")
  const locale = useLocale()
  return (
    <li className="group overflow-hidden rounded-2xl border border-sand-dark bg-white">
      <Link href={`/products/${hit.handle}`} className="block" data-testid="search-hit">
        <div className="aspect-square bg-sand">
          {hit.thumbnail && (
            <Picture
              src={hit.thumbnail}
              alt=""
              width={800}
              height={800}
              place="card"
              loading={priority ? "eager" : "lazy"}
              className="h-full w-full object-cover transition group-hover:scale-[1.02]"
            />
          )}
        </div>
        <div className="space-y-1 p-3">
          <h2 className="line-clamp-2 text-sm font-semibold text-ink sm:text-base">
            <Highlight parts={hit.highlight.title} fallback={hit.title} />
          </h2>
          {hit.subtitle && (
            <p className="line-clamp-1 text-xs text-muted">
              <Highlight parts={hit.highlight.subtitle} fallback={hit.subtitle} />
            </p>
          )}
          {hit.minPrice !== null && (
            <p className="text-base font-bold text-jujube">{t("from", { price: formatMoney(hit.minPrice, hit.currencyCode, locale) })}</p>
          )}
          <p className="flex flex-wrap items-center gap-1 text-xs text-muted">
            {hit.festival && <span className="rounded bg-jujube px-1.5 font-medium text-white">{t("festival")}</span>}
            {!hit.inStock && <span className="font-medium">{t("soldOut")}</span>}
            {hit.origin && <span>{hit.origin}</span>}
          </p>
        </div>
      </Link>
    </li>
  )
}
