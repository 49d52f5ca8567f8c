import type { Metadata } from "next"
import { getFormatter, getTranslations } from "next-intl/server"
import { logout } from "@/components/account/actions"
import { Link } from "@/i18n/link"
import { redirect } from "@/i18n/navigation"
import { formatMoney } from "@/lib/money"
import { getCustomer } from "@/lib/medusa/customer"
import { listCustomerOrders } from "@/lib/medusa/orders"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "account" })
  return { title: t("title"), robots: { index: false } }
}

/** The signed-in customer's order history; signed-out shoppers go to log in. */
export default async function AccountPage({ params }: Props) {
  const { locale } = await params
  const customer = await getCustomer()
  if (!customer) return redirect({ href: "/account/login", locale })
  const [t, format, orders] = await Promise.all([
    getTranslations({ locale, namespace: "account" }),
    getFormatter({ locale }),
    listCustomerOrders(),
  ])
  return (
    <div className="mx-auto max-w-3xl space-y-6 px-4 py-8">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">{t("title")}</h1>
          <p className="text-muted">{t("welcome", { name: customer.firstName || customer.email })}</p>
        </div>
        <form action={logout}>
          <input type="hidden" name="locale" value={locale} />
          <button type="submit" className="btn-secondary">{t("logout")}</button>
        </form>
      </div>
      <section aria-labelledby="h-orders" className="space-y-3">
        <h2 id="h-orders" className="text-xl font-bold">{t("orders")}</h2>
        {orders.length === 0 ? (
          <p className="text-muted">{t("noOrders")}</p>
        ) : (
          <ul className="divide-y divide-sand-dark rounded-2xl border border-sand-dark" data-testid="order-history">
            {orders.map((o) => (
              <li key={o.id}>
                <Link href={`/account/orders/${o.id}`} className="flex items-center justify-between gap-3 p-4 hover:bg-sand">
                  <span>
                    <span className="block font-semibold">{t("orderLink", { number: o.displayId })}</span>
                    <span className="block text-sm text-muted">{format.dateTime(new Date(o.createdAt), { dateStyle: "medium" })}</span>
                  </span>
                  <span className="font-bold tabular-nums text-jujube">{formatMoney(o.total, o.currencyCode, locale)}</span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  )
}
