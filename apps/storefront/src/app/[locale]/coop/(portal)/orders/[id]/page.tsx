import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations } from "next-intl/server"
import { markDelivered } from "@/components/coop/order-actions"
import { OrderCard } from "@/components/coop/order-card"
import { ShipForm } from "@/components/coop/ship-form"
import { ClientMessages } from "@/components/ui/client-messages"
import { Link } from "@/i18n/link"
import { isNotFound } from "@/lib/medusa/client"
import { coopOrder } from "@/lib/medusa/coop"

type Props = { params: Promise<{ locale: string; id: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return { title: (await getTranslations({ locale, namespace: "coop.orders" }))("title") }
}

/** One order: the co-op's lines, ship them (carrier, tracking number), mark parcels delivered. */
export default async function CoopOrderPage({ params }: Props) {
  const { locale, id } = await params
  const t = await getTranslations({ locale, namespace: "coop.orders" })
  const order = await coopOrder(id).catch((error) => {
    if (isNotFound(error)) notFound()
    throw error
  })
  return (
    <div className="max-w-2xl space-y-4">
      <Link href="/coop/orders" className="text-sm underline">← {t("back")}</Link>
      <OrderCard order={order} locale={locale} link={false} />
      {order.status !== "canceled" && !order.shipped && (
        <section aria-labelledby="h-ship" className="space-y-3 rounded-2xl bg-white p-4 shadow-sm">
          <h2 id="h-ship" className="text-lg font-bold">{t("ship")}</h2>
          <ClientMessages namespaces={["coop", "form"]}>
            <ShipForm locale={locale} orderId={order.id} />
          </ClientMessages>
        </section>
      )}
      {order.shipments
        .filter((s) => s.status === "shipped")
        .map((s) => (
          <form key={s.id} action={markDelivered} className="flex items-center justify-between gap-3 rounded-2xl bg-white p-4 shadow-sm">
            <input type="hidden" name="locale" value={locale} />
            <input type="hidden" name="order_id" value={order.id} />
            <input type="hidden" name="shipment_id" value={s.id} />
            <span className="text-sm">{s.carrier} <span className="font-mono">{s.tracking_number}</span></span>
            <button type="submit" className="btn-secondary">{t("delivered")}</button>
          </form>
        ))}
    </div>
  )
}
