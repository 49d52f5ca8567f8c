"use client"

import dynamic from "next/dynamic"
import { useTranslations } from "next-intl"
import { PAY_ON_DELIVERY, STRIPE } from "@/lib/payment"
import { HEADING as heading, SECTION as section } from "./styles"
import type { useOnlinePayment } from "./use-online-payment"

// Stripe.js and the Payment Element load only once online payment is chosen.
const StripePayment = dynamic(() => import("./stripe-payment"), { ssr: false, loading: () => <OnlineLoading /> })

function OnlineLoading() {
  const t = useTranslations("checkout")
  return <p role="status" className="text-sm text-muted">{t("onlineLoading")}</p>
}

/** Pay on delivery or online; online shows Stripe's Payment Element once a delivery method sets the total. */
export function PaymentOptions(props: {
  locale: string
  payments: string[]
  paymentId: string
  onChange: (id: string) => void
  shippingId: string
  online: ReturnType<typeof useOnlinePayment>
  stripePublishableKey: string | null
  error?: string
}) {
  const t = useTranslations("checkout")
  const { payments, paymentId, shippingId, online } = props
  return (
    <section className={section} aria-labelledby="h-payment">
      <fieldset aria-describedby={props.error ? "payment-error" : undefined}>
        <legend id="h-payment" className={`${heading} mb-3`}>{t("payment")}</legend>
        <div className="space-y-2">
          {payments.map((id) => (
            <label key={id} className={`flex cursor-pointer items-start gap-3 rounded-xl border p-3 ${id === paymentId ? "border-jujube bg-sand" : "border-sand-dark"}`}>
              <input type="radio" name="paymentProviderId" value={id} checked={id === paymentId} onChange={() => props.onChange(id)} className="mt-1 accent-jujube" />
              <span>
                <span className="block font-medium">{id === PAY_ON_DELIVERY ? t("payOnDelivery") : t("card")}</span>
                {id === PAY_ON_DELIVERY && <span className="block text-sm text-muted">{t("payOnDeliveryNote")}</span>}
              </span>
            </label>
          ))}
        </div>
        {paymentId === STRIPE && props.stripePublishableKey && (
          <div className="mt-3 rounded-xl border border-sand-dark p-3" aria-live="polite">
            {!shippingId ? (
              <p className="text-sm text-muted">{t("onlineChooseShipping")}</p>
            ) : online.error ? (
              <p role="alert" className="text-sm font-medium text-jujube">{online.error}</p>
            ) : online.payment ? (
              <StripePayment
                key={online.payment.clientSecret}
                publishableKey={props.stripePublishableKey}
                clientSecret={online.payment.clientSecret}
                locale={props.locale}
                onReady={online.onReady}
              />
            ) : (
              <OnlineLoading />
            )}
          </div>
        )}
        {props.error && <p id="payment-error" className="mt-2 text-sm font-medium text-jujube">{props.error}</p>}
      </fieldset>
    </section>
  )
}
