import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/link"
import { coopDashboard, coopMe } from "@/lib/medusa/coop"
import { formatMoney } from "@/lib/money"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return { title: (await getTranslations({ locale, namespace: "coop.nav" }))("dashboard") }
}

const card = "space-y-2 rounded-2xl bg-white p-4 shadow-sm"

/** The day's work at a glance: what waits to ship, what runs low, how the festival goes for this co-op. */
export default async function CoopDashboardPage({ params }: Props) {
  const { locale } = await params
  const [t, me, board] = await Promise.all([getTranslations({ locale, namespace: "coop.dashboard" }), coopMe(), coopDashboard()])
  const name = locale === "en" ? me.cooperative.name_en : me.cooperative.name_zh
  const festival = board.festival
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("title", { name })}</h1>
      <div className="grid gap-4 md:grid-cols-3">
        <section aria-labelledby="h-waiting" className={card}>
          <h2 id="h-waiting" className="text-sm text-muted">{t("waiting")}</h2>
          <p className="text-3xl font-bold text-jujube" data-testid="waiting-orders">{t("waitingOrders", { count: board.waiting.orders })}</p>
          <p className="text-sm">{t("waitingLines", { lines: board.waiting.lines, units: board.waiting.units })}</p>
          <Link href="/coop/orders?status=waiting" className="text-sm font-semibold text-jujube underline">{t("toOrders")}</Link>
        </section>
        <section aria-labelledby="h-low" className={card}>
          <h2 id="h-low" className="text-sm text-muted">{t("lowStock")}</h2>
          {board.low_stock.length ? (
            <ul className="space-y-1 text-sm" data-testid="low-stock">
              {board.low_stock.slice(0, 6).map((l) => (
                <li key={`${l.inventory_item_id}-${l.location_id}`} className="flex justify-between gap-2">
                  <span>{l.product_title} · {l.variant_title}</span>
                  <span className="font-semibold whitespace-nowrap text-jujube">{t("available", { count: l.available_quantity })}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-sm">{t("lowStockNone")}</p>
          )}
          <Link href="/coop/stock" className="text-sm font-semibold text-jujube underline">{t("toStock")}</Link>
        </section>
        <section aria-labelledby="h-festival" className={card}>
          <h2 id="h-festival" className="text-sm text-muted">{t("festival")}</h2>
          {festival ? (
            <>
              <p className="text-3xl font-bold" data-testid="festival-tonnes">{t("tonnes", { tonnes: (festival.grams / 1_000_000).toFixed(3) })}</p>
              <p className="text-sm">
                {t("festivalFigures", {
                  title: locale === "en" ? festival.title_en : festival.title_zh,
                  orders: festival.orders,
                  amount: formatMoney(festival.amount, festival.currency, locale),
                })}
              </p>
            </>
          ) : (
            <p className="text-sm">{t("festivalNone")}</p>
          )}
        </section>
      </div>
    </div>
  )
}
