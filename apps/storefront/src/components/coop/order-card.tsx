import type { CoopOrder } from "@tarim/contracts"
import { getFormatter, getTranslations } from "next-intl/server"
import { PresaleBadge } from "@/components/product/presale-badge"
import { Link } from "@/i18n/link"
import { presaleBadge } from "@/lib/presale"

/**
 * One order as the co-op sees it: number, date, where it goes, its lines and parcels. In a list it links to the order
 * under an h2; on the order's own page (`link` false) its number is the page's h1.
 */
export async function OrderCard({ order, locale, link = true }: { order: CoopOrder; locale: string; link?: boolean }) {
  const Heading = link ? "h2" : "h1"
  const [t, tPresale, format] = await Promise.all([
    getTranslations({ locale, namespace: "coop.orders" }),
    getTranslations({ locale, namespace: "presale" }),
    getFormatter({ locale }),
  ])
  const status = order.status === "canceled" ? t("canceled") : t(`status.${order.shipped ? (order.shipments.every((s) => s.status === "delivered") ? "delivered" : "shipped") : "waiting"}`)
  return (
    <article className="space-y-3 rounded-2xl bg-white p-4 shadow-sm" data-testid={`coop-order-${order.display_id}`}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <Heading className="font-bold">
          {link ? <Link href={`/coop/orders/${order.id}`} className="underline">{t("order", { number: order.display_id })}</Link> : t("order", { number: order.display_id })}
        </Heading>
        <span className={`rounded-full px-2 py-0.5 text-xs ${order.shipped ? "bg-leaf/10 text-leaf" : "bg-gold/15"}`}>{status}</span>
      </div>
      <p className="text-xs text-muted">
        {t("placed")} {format.dateTime(new Date(order.created_at), { dateStyle: "medium", timeStyle: "short" })}
      </p>
      <ul className="divide-y divide-sand-dark text-sm">
        {order.lines.map((l) => (
          <li key={l.id} className="flex justify-between gap-3 py-1">
            <span>
              {l.title} · {l.variant_title}
              {l.ships_on && (
                <span className="block">
                  <PresaleBadge {...presaleBadge(tPresale, format, l.ships_on)} />
                </span>
              )}
            </span>
            <span className="tabular-nums">{t("quantity", { count: l.quantity })}</span>
          </li>
        ))}
      </ul>
      {order.ship_to && (
        <p className="text-sm">
          <span className="text-muted">{t("shipTo")}：</span>
          {order.ship_to.name} {order.ship_to.phone} · {order.ship_to.province} {order.ship_to.city} {order.ship_to.address}
        </p>
      )}
      {order.shipments.length > 0 && (
        <ul className="space-y-1 text-sm" aria-label={t("shipments")}>
          {order.shipments.map((s) => (
            <li key={s.id} className="rounded-xl bg-sand p-2">
              {t(`status.${s.status}`)} · {s.carrier} <span className="font-mono" data-testid="tracking-number">{s.tracking_number}</span>
            </li>
          ))}
        </ul>
      )}
    </article>
  )
}
