import type { Metadata } from "next"
import { getFormatter, getTranslations } from "next-intl/server"
import { LineControls } from "@/components/cart/line-controls"
import { PresaleBadge } from "@/components/product/presale-badge"
import { presaleBadge } from "@/lib/presale"
import { ClientMessages } from "@/components/ui/client-messages"
import { Picture } from "@/components/ui/picture"
import { Link } from "@/i18n/link"
import { formatMoney } from "@/lib/money"
import { getCart, lineStock } from "@/lib/medusa/cart"

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ sold_out?: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "cart" })
  return { title: t("title"), robots: { index: false } }
}

export default async function CartPage({ params, searchParams }: Props) {
  const [{ locale }, { sold_out }] = await Promise.all([params, searchParams])
  const [t, tPresale, format, cart] = await Promise.all([
    getTranslations({ locale, namespace: "cart" }),
    getTranslations({ locale, namespace: "presale" }),
    getFormatter({ locale }),
    getCart(),
  ])
  const money = (n: number) => formatMoney(n, cart?.currencyCode, locale)
  // Lines asking for more boxes than are left: after a lost race at checkout (?sold_out=1) or any time stock ran low.
  const stock = cart?.lines.length ? await lineStock(cart) : new Map<string, number | null>()
  const leftOf = (lineId: string, quantity: number) => {
    const left = stock.get(lineId)
    return left != null && left < quantity ? left : null
  }
  const short = cart?.lines.filter((l) => leftOf(l.id, l.quantity) !== null) ?? []
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
          {short.length > 0 && (
            <div role="alert" className="space-y-1 rounded-xl bg-jujube/10 p-3 text-sm text-jujube" data-testid="cart-short">
              <p className="font-semibold">{sold_out ? t("soldOutTitle") : t("shortTitle")}</p>
              <p>{t("soldOutHint")}</p>
            </div>
          )}
          <ClientMessages namespaces={["cart"]}>
            <ul className="divide-y divide-sand-dark rounded-2xl border border-sand-dark">
              {cart.lines.map((line) => (
                <li key={line.id} className="flex gap-3 p-3 sm:p-4" data-testid="cart-line">
                  {line.thumbnail && <Picture src={line.thumbnail} alt="" width={80} height={80} className="h-20 w-20 shrink-0 rounded-lg bg-sand object-cover" />}
                  <div className="flex-1 space-y-2">
                    <div className="flex justify-between gap-2">
                      <div>
                        {line.productHandle ? (
                          <Link href={`/products/${line.productHandle}`} className="font-semibold hover:underline">{line.title}</Link>
                        ) : (
                          <span className="font-semibold">{line.title}</span>
                        )}
                        <p className="text-sm text-muted">{line.variantTitle} · {money(line.unitPrice)}</p>
                        {line.shipsOn && <PresaleBadge {...presaleBadge(tPresale, format, line.shipsOn)} />}
                        {leftOf(line.id, line.quantity) !== null && (
                          <p className="mt-1 inline-block rounded-full bg-jujube px-2 py-0.5 text-xs font-semibold text-white" data-testid="line-short">
                            {leftOf(line.id, line.quantity) === 0 ? t("lineSoldOut") : t("lineOnlyLeft", { count: leftOf(line.id, line.quantity)! })}
                          </p>
                        )}
                      </div>
                      <p className="font-semibold tabular-nums" data-testid="line-total">{money(line.total)}</p>
                    </div>
                    <LineControls lineId={line.id} quantity={line.quantity} title={line.title} locale={locale} left={stock.get(line.id) ?? null} />
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
            {short.length ? (
              <button type="button" className="btn-primary w-full" disabled aria-describedby="fix-to-checkout">{t("checkout")}</button>
            ) : (
              <Link href="/checkout" className="btn-primary w-full">{t("checkout")}</Link>
            )}
            {short.length > 0 && <p id="fix-to-checkout" className="text-sm text-jujube">{t("fixToCheckout")}</p>}
          </div>
        </>
      )}
    </div>
  )
}
