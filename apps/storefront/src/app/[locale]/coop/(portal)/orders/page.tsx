import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { OrderCard } from "@/components/coop/order-card"
import { Link } from "@/i18n/link"
import { coopOrders } from "@/lib/medusa/coop"

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ status?: string; offset?: string }> }

const FILTERS = ["waiting", "presale", "shipped", "all"] as const
const PAGE = 20

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return { title: (await getTranslations({ locale, namespace: "coop.orders" }))("title") }
}

/** Orders with this co-op's lines, those still to ship first by default; pre-sales to ship by their ship date. */
export default async function CoopOrdersPage({ params, searchParams }: Props) {
  const { locale } = await params
  const query = await searchParams
  const status = FILTERS.find((f) => f === query.status) ?? "waiting"
  const offset = Math.max(0, Math.floor(Number(query.offset) || 0))
  const [t, { orders, count }] = await Promise.all([getTranslations({ locale, namespace: "coop.orders" }), coopOrders(status, offset, PAGE)])
  const href = (o: number) => `/coop/orders?status=${status}&offset=${o}`
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <nav aria-label={t("title")}>
        <ul className="flex gap-2 text-sm">
          {FILTERS.map((f) => (
            <li key={f}>
              <Link
                href={`/coop/orders?status=${f}`}
                aria-current={f === status ? "page" : undefined}
                className={`block rounded-full px-3 py-1 ${f === status ? "bg-jujube text-white" : "bg-white"}`}
              >
                {t(`filters.${f}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {orders.length === 0 && <p>{status === "waiting" ? t("emptyWaiting") : status === "presale" ? t("emptyPresale") : t("empty")}</p>}
      <div className="space-y-3">
        {orders.map((o) => (
          <OrderCard key={o.id} order={o} locale={locale} />
        ))}
      </div>
      {count > PAGE && (
        <nav className="flex items-center justify-between text-sm" aria-label={t("more")}>
          {offset > 0 ? <Link href={href(Math.max(0, offset - PAGE))} className="underline">{t("previous")}</Link> : <span />}
          <span className="text-muted">{t("page", { from: offset + 1, to: Math.min(count, offset + PAGE), count })}</span>
          {offset + PAGE < count ? <Link href={href(offset + PAGE)} className="underline">{t("next")}</Link> : <span />}
        </nav>
      )}
    </div>
  )
}
