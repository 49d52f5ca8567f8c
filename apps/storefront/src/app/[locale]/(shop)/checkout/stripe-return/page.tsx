import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations } from "next-intl/server"
import { StripeReturn } from "@/components/checkout/stripe-return"
import { ClientMessages } from "@/components/ui/client-messages"
import { readStripeReturn } from "@/lib/payment"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "checkout" })
  return { title: t("returnTitle"), robots: { index: false } }
}

/** Where Stripe sends shoppers back after Alipay, WeChat Pay or a bank's page: completes the order, or says why not. */
export default async function StripeReturnPage({ params, searchParams }: Props) {
  const { locale } = await params
  const { cartId, failed } = readStripeReturn(await searchParams)
  if (!cartId) notFound()
  const t = await getTranslations({ locale, namespace: "checkout" })
  return (
    <div className="mx-auto max-w-xl space-y-4 px-4 py-12 text-center">
      <h1 className="text-2xl font-bold">{t("returnTitle")}</h1>
      <ClientMessages namespaces={["checkout"]}>
        <StripeReturn cartId={cartId} locale={locale} failed={failed} />
      </ClientMessages>
    </div>
  )
}
