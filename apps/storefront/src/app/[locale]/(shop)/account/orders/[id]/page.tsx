import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations } from "next-intl/server"
import { OrderSummary } from "@/components/order/order-summary"
import { Link } from "@/i18n/link"
import { redirect } from "@/i18n/navigation"
import { getCustomer } from "@/lib/medusa/customer"
import { listCustomerOrders } from "@/lib/medusa/orders"

type Props = { params: Promise<{ locale: string; id: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "account" })
  return { title: t("orders"), robots: { index: false } }
}

/** One of the signed-in customer's orders (only their own: looked up in their history). */
export default async function AccountOrderPage({ params }: Props) {
  const { locale, id } = await params
  if (!(await getCustomer())) return redirect({ href: "/account/login", locale })
  const order = (await listCustomerOrders()).find((o) => o.id === id)
  if (!order) notFound()
  const t = await getTranslations({ locale, namespace: "account" })
  return (
    <div className="mx-auto max-w-2xl space-y-6 px-4 py-8">
      <Link href="/account" className="text-sm text-jujube underline">← {t("backToOrders")}</Link>
      <h1 className="text-2xl font-bold">{t("orderTitle", { number: order.displayId })}</h1>
      <OrderSummary order={order} locale={locale} />
    </div>
  )
}
