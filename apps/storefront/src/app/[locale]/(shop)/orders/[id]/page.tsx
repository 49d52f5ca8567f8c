import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations } from "next-intl/server"
import { OrderSummary } from "@/components/order/order-summary"
import { Link } from "@/i18n/link"
import { formatMoney } from "@/lib/money"
import { getOrder } from "@/lib/medusa/orders"

type Props = { params: Promise<{ locale: string; id: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "order" })
  return { title: t("confirmedTitle"), robots: { index: false } }
}

/** Order confirmation: number (display_id) and ¥ total, right after checkout. */
export default async function OrderConfirmedPage({ params }: Props) {
  const { locale, id } = await params
  const order = await getOrder(id)
  if (!order) notFound()
  const t = await getTranslations({ locale, namespace: "order" })
  return (
    <div className="mx-auto max-w-2xl space-y-6 px-4 py-8">
      <header className="space-y-1 text-center">
        <p aria-hidden="true" className="text-4xl">✓</p>
        <h1 className="text-2xl font-bold">{t("confirmedTitle")}</h1>
        <p className="text-muted">{t("thanks")}</p>
        {order.paymentStatus !== "captured" && (
          <p className="text-sm font-medium">{t("payOnDelivery", { total: formatMoney(order.total, order.currencyCode, locale) })}</p>
        )}
      </header>
      <OrderSummary order={order} locale={locale} />
      <div className="flex flex-wrap justify-center gap-3">
        <Link href="/products" className="btn-primary">{t("continue")}</Link>
        <Link href="/account" className="btn-secondary">{t("viewAccount")}</Link>
      </div>
    </div>
  )
}
