import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/link"
import { SORT_KEYS, type SortKey } from "@/lib/listing"
import { paginate, sortProducts } from "@/lib/medusa/products"
import type { Product } from "@/lib/medusa/types"
import { ProductGrid } from "./product-card"

export const PER_PAGE = 12

/** A sorted, paged product grid with a sort form (works without JavaScript) and page links. */
export async function ProductListing({
  products,
  sort,
  page,
  basePath,
  locale,
}: {
  products: Product[]
  sort: SortKey
  page: number
  basePath: string
  locale: string
}) {
  const t = await getTranslations({ locale, namespace: "listing" })
  const current = paginate(sortProducts(products, sort), page, PER_PAGE)
  const href = (p: number) => `${basePath}?${new URLSearchParams({ ...(sort !== "newest" ? { sort } : {}), ...(p > 1 ? { page: String(p) } : {}) })}`
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm text-muted">{t("count", { count: products.length })}</p>
        <form method="get" className="flex items-center gap-2">
          <label htmlFor="sort" className="text-sm">{t("sort")}</label>
          <select id="sort" name="sort" defaultValue={sort} className="rounded-lg border border-sand-dark bg-white px-2 py-2 text-sm">
            {SORT_KEYS.map((k) => (
              <option key={k} value={k}>{t(k)}</option>
            ))}
          </select>
          <button type="submit" className="rounded-lg bg-ink px-3 py-2 text-sm text-white">{t("sortApply")}</button>
        </form>
      </div>
      {current.items.length ? (
        <ProductGrid products={current.items} locale={locale} priorityCount={2} headingLevel={2} />
      ) : (
        <p className="py-12 text-center text-muted">{t("empty")}</p>
      )}
      {current.pages > 1 && (
        <nav aria-label={t("pagination")} className="flex items-center justify-center gap-4 pt-4 text-sm">
          {current.page > 1 ? <Link href={href(current.page - 1)} rel="prev" className="btn-secondary">{t("prev")}</Link> : <span />}
          <span aria-current="page">{t("pageOf", { page: current.page, pages: current.pages })}</span>
          {current.page < current.pages ? <Link href={href(current.page + 1)} rel="next" className="btn-secondary">{t("next")}</Link> : <span />}
        </nav>
      )}
    </div>
  )
}
