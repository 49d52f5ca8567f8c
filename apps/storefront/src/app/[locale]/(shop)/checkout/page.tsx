import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { CheckoutForm } from "@/components/checkout/checkout-form"
import { ClientMessages } from "@/components/ui/client-messages"
import { Link } from "@/i18n/link"
import { getConfig } from "@/lib/config"
import { getCart, listPaymentProviders, listShippingOptions } from "@/lib/medusa/cart"
import { getCustomer } from "@/lib/medusa/customer"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "checkout" })
  return { title: t("title"), robots: { index: false } }
}

export default async function CheckoutPage({ params }: Props) {
  const { locale } = await params
  const [t, tc, cart, customer] = await Promise.all([
    getTranslations({ locale, namespace: "checkout" }),
    getTranslations({ locale, namespace: "cart" }),
    getCart(),
    getCustomer(),
  ])
  if (!cart?.lines.length) {
    return (
      <div className="mx-auto max-w-3xl space-y-4 px-4 py-12 text-center">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-muted">{t("emptyCart")}</p>
        <Link href="/products" className="btn-primary">{tc("continue")}</Link>
      </div>
    )
  }
  const [shippingOptions, paymentProviders] = await Promise.all([
    listShippingOptions(cart.id, locale),
    listPaymentProviders(cart.regionId),
  ])
  return (
    <div className="mx-auto max-w-6xl space-y-4 px-4 py-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <ClientMessages namespaces={["checkout", "form", "presale"]}>
        <CheckoutForm
          locale={locale}
          currency={cart.currencyCode}
          lines={cart.lines}
          subtotal={cart.subtotal}
          email={cart.email ?? customer?.email ?? ""}
          address={cart.address}
          shippingOptions={shippingOptions}
          selectedShippingId={cart.shippingMethodOptionId}
          paymentProviders={paymentProviders}
          stripePublishableKey={getConfig().stripePublishableKey}
        />
      </ClientMessages>
    </div>
  )
}
