import { getFormatter, getTranslations } from "next-intl/server"
import { formatMoney } from "@/lib/money"
import type { Order } from "@/lib/medusa/types"

/** Order number, date, lines, address and total: shared by the confirmation and the account's order detail. */
export async function OrderSummary({ order, locale }: { order: Order; locale: string }) {
  const t = await getTranslations({ locale, namespace: "order" })
  const format = await getFormatter({ locale })
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
              <span>{l.title} · {l.variantTitle} × {l.quantity}</span>
              <span className="tabular-nums">{money(l.total)}</span>
            </li>
          ))}
        </ul>
      </section>
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
