"use client"

import { useEffect, useState } from "react"
import { Elements, PaymentElement, useElements, useStripe } from "@stripe/react-stripe-js"
import { loadStripe, type Appearance, type Stripe } from "@stripe/stripe-js"
import { useTranslations } from "next-intl"
import { confirmOutcome, stripeLocale, type ConfirmOutcome } from "@/lib/payment"

/** Confirms the PaymentIntent with what the shopper entered; Stripe may leave the page for Alipay / WeChat Pay. */
export type ConfirmPayment = (returnUrl: string) => Promise<ConfirmOutcome>

// One Stripe.js per key for the page's life: loadStripe injects js.stripe.com's script on first call.
const loaded = new Map<string, Promise<Stripe | null>>()
function stripeFor(key: string): Promise<Stripe | null> {
  let promise = loaded.get(key)
  if (!promise) {
    promise = loadStripe(key).catch((error: unknown) => {
      console.error("Stripe.js did not load", error)
      loaded.delete(key)
      return null
    })
    loaded.set(key, promise)
  }
  return promise
}

/** The shop's colours and corners inside Stripe's iframe. */
const appearance: Appearance = {
  theme: "stripe",
  variables: {
    colorPrimary: "#9f1d18",
    colorText: "#231d1a",
    colorDanger: "#9f1d18",
    borderRadius: "8px",
    fontFamily: 'system-ui, -apple-system, "PingFang SC", "Hiragino Sans GB", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif',
  },
}

function Confirmer({ onReady }: { onReady: (confirm: ConfirmPayment | null) => void }) {
  const stripe = useStripe()
  const elements = useElements()
  useEffect(() => {
    if (!stripe || !elements) return
    onReady(async (returnUrl) =>
      confirmOutcome(await stripe.confirmPayment({ elements, redirect: "if_required", confirmParams: { return_url: returnUrl } }))
    )
    return () => onReady(null)
  }, [stripe, elements, onReady])
  return null
}

/**
 * Stripe's Payment Element for one PaymentIntent (card; Alipay and WeChat Pay where the Stripe account enables them),
 * in the shopper's language. Loaded with next/dynamic only when online payment is chosen, so no other page carries
 * Stripe's code. `onReady` receives the confirm function once Stripe.js is up.
 */
export default function StripePayment({
  publishableKey,
  clientSecret,
  locale,
  onReady,
}: {
  publishableKey: string
  clientSecret: string
  locale: string
  onReady: (confirm: ConfirmPayment | null) => void
}) {
  const t = useTranslations("checkout")
  const te = useTranslations("form.errors")
  const [stripe] = useState(() => stripeFor(publishableKey))
  const [failed, setFailed] = useState(false)
  useEffect(() => {
    let live = true
    stripe.then((s) => live && !s && setFailed(true))
    return () => {
      live = false
    }
  }, [stripe])
  if (failed) return <p role="alert" className="text-sm font-medium text-jujube">{te("paymentUnavailable")}</p>
  return (
    <div className="space-y-2" data-testid="stripe-payment">
      <Elements stripe={stripe} options={{ clientSecret, appearance, locale: stripeLocale(locale) }}>
        <PaymentElement options={{ layout: "tabs" }} onLoadError={() => setFailed(true)} />
        <Confirmer onReady={onReady} />
      </Elements>
      <p className="text-xs text-muted">{t("onlineNote")}</p>
    </div>
  )
}
