import { getFormatter, getTranslations } from "next-intl/server"
import { formatMoney } from "@/lib/money"
import { presaleBadge } from "@/lib/presale"
import { getOrderShipments } from "@/lib/medusa/orders"
import type { Order } from "@/lib/medusa/types"
import { ClientMessages } from "@/components/ui/client-messages"
import { LineLabel } from "./line-label"
import { UnlockOrderForm } from "./unlock-form"

/** Order number, date, lines, address and total: shared by the confirmation and the account's order detail. */
export async function OrderSummary({ order, locale }: { order: Order; locale: string }) {
  const [t, tPresale, format, shipments] = await Promise.all([
    getTranslations({ locale, namespace: "order" }),
    getTranslations({ locale, namespace: "presale" }),
    getFormatter({ locale }),
    getOrderShipments(order.id),
  ])
  const lineTitle = new Map(order.lines.map((l) => [l.id, `${l.title} · ${l.variantTitle}`]))
  const money = (n: number) => formatMoney(n, order.currencyCode, locale)
  const statusKey = ["pending", "completed", "canceled", "archived", "requires_action", "draft"].includes(order.status) ? order.status : "pending"
  const row = "flex justify-between gap-4 py-1"
  return (
    <div className="space-y-4">
      <dl className="grid grid-cols-2 gap-3 rounded-2xl bg-sand p-4 text-sm">
        <div>
          <dt className="text-muted">{t("number")}</dt>
          <dd className="text-xl font-bold" data-testid="order-number">#{order.displayId}</dd>
        </div>
        <div>
          <dt className="text-muted">{t("total")}</dt>
          <dd className="text-xl font-bold text-jujube" data-testid="order-total">{money(order.total)}</dd>
        </div>
        <div>
          <dt className="text-muted">{t("placedOn")}</dt>
          <dd>{format.dateTime(new Date(order.createdAt), { dateStyle: "medium", timeStyle: "short" })}</dd>
        </div>
        <div>
          <dt className="text-muted">{t("status")}</dt>
          <dd>{t(`statuses.${statusKey}` as "statuses.pending")}</dd>
        </div>
      </dl>
      <section aria-labelledby="h-order-items">
        <h2 id="h-order-items" className="mb-2 font-bold">{t("items")}</h2>
        <ul className="divide-y divide-sand-dark text-sm">
          {order.lines.map((l) => (
            <li key={l.id} className={row}>
              <LineLabel line={l} presale={l.shipsOn ? presaleBadge(tPresale, format, l.shipsOn) : null} />
              <span className="tabular-nums">{money(l.total)}</span>
            </li>
          ))}
        </ul>
      </section>
      {shipments.length > 0 && (
        <section aria-labelledby="h-parcels" className="text-sm">
          <h2 id="h-parcels" className="mb-2 font-bold">{t("parcels")}</h2>
          <ul className="space-y-2">
            {shipments.map((s) => (
              <li key={s.id ?? `waiting-${s.cooperative?.handle ?? "shop"}`} className="space-y-1 rounded-xl bg-sand p-3" data-testid="parcel">
                <p className="flex flex-wrap justify-between gap-2">
                  <span className="font-semibold" data-testid="parcel-status">{t(`parcelStatus.${s.status}`)}</span>
                  {s.cooperative && (
                    <span className="text-muted">{t("shippedBy", { name: locale === "en" ? s.cooperative.name_en : s.cooperative.name_zh })}</span>
                  )}
                </p>
                {s.tracking_number && (
                  <p>
                    {s.carrier} · {t("tracking")} <span className="font-mono" data-testid="parcel-tracking">{s.tracking_number}</span>
                  </p>
                )}
                <p className="text-muted">{s.items.map((i) => `${lineTitle.get(i.line_id) ?? ""} × ${i.quantity}`).join("、")}</p>
              </li>
            ))}
          </ul>
        </section>
      )}
      {order.masked && (
        <ClientMessages namespaces={["order"]}>
          <UnlockOrderForm orderId={order.id} locale={locale} />
        </ClientMessages>
      )}
      {order.address && (
        <section aria-labelledby="h-ship-to" className="text-sm">
          <h2 id="h-ship-to" className="mb-1 font-bold">{t("shipTo")}</h2>
          <p>{order.address.name} {order.address.phone}</p>
          <p>{order.address.province} {order.address.city} {order.address.district} {order.address.street}</p>
          {order.shippingMethod && <p className="mt-1 text-muted">{t("shipping")}: {order.shippingMethod}</p>}
        </section>
      )}
    </div>
  )
}
