import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { LineControls } from "@/components/cart/line-controls"
import { ClientMessages } from "@/components/ui/client-messages"
import { Link } from "@/i18n/link"
import { formatMoney } from "@/lib/money"
import { getCart } from "@/lib/medusa/cart"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "cart" })
  return { title: t("title"), robots: { index: false } }
}

export default async function CartPage({ params }: Props) {
  const { locale } = await params
  const [t, cart] = await Promise.all([getTranslations({ locale, namespace: "cart" }), getCart()])
  const money = (n: number) => formatMoney(n, cart?.currencyCode, locale)
  return (
    <div className="mx-auto max-w-3xl space-y-6 px-4 py-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {!cart?.lines.length ? (
        <div className="space-y-4 py-8 text-center">
          <p className="text-muted">{t("empty")}</p>
          <Link href="/products" className="btn-primary">{t("continue")}</Link>
        </div>
      ) : (
        <>
          <ClientMessages namespaces={["cart"]}>
            <ul className="divide-y divide-sand-dark rounded-2xl border border-sand-dark">
              {cart.lines.map((line) => (
                <li key={line.id} className="flex gap-3 p-3 sm:p-4" data-testid="cart-line">
                  {line.thumbnail && <img src={line.thumbnail} alt="" width={80} height={80} className="h-20 w-20 shrink-0 rounded-lg bg-sand object-cover" />}
                  <div className="flex-1 space-y-2">
                    <div className="flex justify-between gap-2">
                      <div>
                        {line.productHandle ? (
                          <Link href={`/products/${line.productHandle}`} className="font-semibold hover:underline">{line.title}</Link>
                        ) : (
                          <span className="font-semibold">{line.title}</span>
                        )}
                        <p className="text-sm text-muted">{line.variantTitle} · {money(line.unitPrice)}</p>
                      </div>
                      <p className="font-semibold tabular-nums" data-testid="line-total">{money(line.total)}</p>
                    </div>
                    <LineControls lineId={line.id} quantity={line.quantity} title={line.title} locale={locale} />
                  </div>
                </li>
              ))}
            </ul>
          </ClientMessages>
          <div className="space-y-3 rounded-2xl bg-sand p-4">
            <div className="flex justify-between text-lg font-bold">
              <span>{t("subtotal")}</span>
              <span className="tabular-nums" data-testid="cart-subtotal">{money(cart.subtotal)}</span>
            </div>
            <p className="text-sm text-muted">{t("shippingLater")}</p>
            <Link href="/checkout" className="btn-primary w-full">{t("checkout")}</Link>
          </div>
        </>
      )}
    </div>
  )
}
