"use client"

import { useActionState, useCallback, useEffect, useRef, useState } from "react"
import dynamic from "next/dynamic"
import { useTranslations } from "next-intl"
import { Field } from "@/components/ui/field"
import { useFormAction } from "@/components/ui/use-form-action"
import { formatMoney } from "@/lib/money"
import { checkoutPaymentOptions, PAY_ON_DELIVERY, STRIPE, stripeReturnUrl } from "@/lib/payment"
import { PROVINCES } from "@/lib/provinces"
import type { CheckoutAddress, CartLine, ShippingOption } from "@/lib/medusa/types"
import { completeOnlineOrder, placeOrder, prepareOnlinePayment, startOnlinePayment, type CheckoutState, type OnlinePayment } from "./actions"
import type { ConfirmPayment } from "./stripe-payment"

/** "Busy" answers the form waits out by sending itself again, before asking the shopper to try later. */
const BUSY_RETRIES = 5

// Stripe.js and the Payment Element load only once online payment is chosen.
const StripePayment = dynamic(() => import("./stripe-payment"), { ssr: false, loading: () => <OnlineLoading /> })

function OnlineLoading() {
  const t = useTranslations("checkout")
  return <p role="status" className="text-sm text-muted">{t("onlineLoading")}</p>
}

type Props = {
  locale: string
  currency: string
  lines: CartLine[]
  subtotal: number
  email: string
  address: CheckoutAddress | null
  shippingOptions: ShippingOption[]
  selectedShippingId: string | null
  paymentProviders: { id: string }[]
  /** Stripe's Payment Element is offered only when a Stripe publishable key is configured (and the region has Stripe). */
  stripePublishableKey: string | null
}

/** The one-page checkout: contact, Chinese address, delivery, payment, review and place order. */
export function CheckoutForm(props: Props) {
  const t = useTranslations("checkout")
  const te = useTranslations("form.errors")
  const [codState, codAction, codPending] = useActionState<CheckoutState, FormData>(placeOrder, null)
  const payments = checkoutPaymentOptions(props.paymentProviders, Boolean(props.stripePublishableKey))
  const [paymentId, setPaymentId] = useState(codState?.values.paymentProviderId || (payments.length === 1 ? payments[0] : ""))
  const [shippingId, setShippingId] = useState(codState?.values.shippingOptionId || props.selectedShippingId || "")
  const online = useOnlinePayment(props.locale, paymentId === STRIPE ? shippingId : null, te("paymentUnavailable"))

  /** Saves the details, confirms with Stripe (which may leave for Alipay / WeChat Pay), then completes the order. */
  const payOnline = async (prev: CheckoutState, formData: FormData): Promise<CheckoutState> => {
    const prepared = await prepareOnlinePayment(prev, formData)
    if (!prepared?.payment) return prepared
    const { cartId, clientSecret } = prepared.payment
    const fail = (message: string): CheckoutState => ({ errors: {}, message, values: prepared.values })
    if (online.payment?.clientSecret !== clientSecret) {
      // The total changed since the Payment Element opened: Medusa replaced the PaymentIntent.
      online.replace({ cartId, clientSecret })
      return fail(te("paymentChanged"))
    }
    if (!online.confirm.current) return fail(te("paymentNotReady"))
    const outcome = await online.confirm.current(stripeReturnUrl(window.location.origin, props.locale, cartId))
    if (outcome.kind === "error") return fail(outcome.message ?? te(outcome.key))
    // On success the action redirects to the confirmation (the router takes over) and never returns here.
    return fail((await completeOnlineOrder(props.locale, cartId)).message)
  }
  const [onlineState, onlineAction, onlinePending] = useActionState<CheckoutState, FormData>(payOnline, null)
  const state = paymentId === STRIPE ? onlineState : codState
  // Payment errors come back after the shopper pressed the button at the bottom: bring the message into view.
  useEffect(() => {
    if (onlineState?.message) document.getElementById("checkout-message")?.scrollIntoView({ behavior: "smooth", block: "center" })
  }, [onlineState])
  const pending = codPending || onlinePending
  const onSubmit = useFormAction(paymentId === STRIPE ? onlineAction : codAction)
  const busy = useBusyRetry(codState)
  const values = { ...props.address, email: props.email, ...state?.values }
  const errors = state?.errors ?? {}
  const shipping = props.shippingOptions.find((o) => o.id === shippingId)
  const money = (n: number) => formatMoney(n, props.currency, props.locale)
  const total = props.subtotal + (shipping?.amount ?? 0)
  const section = "space-y-4 rounded-2xl border border-sand-dark p-4 sm:p-6"
  const heading = "text-lg font-bold"

  return (
    <form ref={busy.formRef} action={codAction} onSubmit={onSubmit} noValidate className="grid gap-6 lg:grid-cols-[1fr_22rem]" aria-describedby={state?.message ? "checkout-message" : undefined}>
      <input type="hidden" name="locale" value={props.locale} />
      <div className="space-y-6">
        {busy.waiting ? (
          <p id="checkout-message" role="status" className="rounded-xl bg-sand p-3 text-sm font-medium" data-testid="checkout-busy">
            {state?.message}
          </p>
        ) : (
          state?.message && (
            <p id="checkout-message" role="alert" className="rounded-xl bg-jujube/10 p-3 text-sm font-medium text-jujube">
              {busy.gaveUp ? te("busyGaveUp") : state.message}
            </p>
          )
        )}
        <section className={section} aria-labelledby="h-contact">
          <h2 id="h-contact" className={heading}>{t("contact")}</h2>
          <Field name="email" label={t("email")} hint={t("emailHint")} error={errors.email}>
            {(p) => <input {...p} type="email" autoComplete="email" defaultValue={values.email ?? ""} className="field-input" />}
          </Field>
        </section>

        <section className={section} aria-labelledby="h-address">
          <h2 id="h-address" className={heading}>{t("address")}</h2>
          <div className="grid gap-4 sm:grid-cols-2">
            <Field name="name" label={t("name")} error={errors.name}>
              {(p) => <input {...p} autoComplete="name" defaultValue={values.name ?? ""} className="field-input" />}
            </Field>
            <Field name="phone" label={t("phone")} hint={t("phoneHint")} error={errors.phone}>
              {(p) => <input {...p} type="tel" inputMode="numeric" autoComplete="tel-national" maxLength={16} defaultValue={values.phone ?? ""} className="field-input" />}
            </Field>
          </div>
          <div className="grid gap-4 sm:grid-cols-3">
            <Field name="province" label={t("province")} error={errors.province}>
              {(p) => (
                <select {...p} autoComplete="address-level1" defaultValue={values.province ?? ""} className="field-input">
                  <option value="">{t("provincePlaceholder")}</option>
                  {PROVINCES.map((pr) => (
                    <option key={pr.zh} value={pr.zh}>
                      {props.locale === "en" ? `${pr.en} ${pr.zh}` : pr.zh}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field name="city" label={t("city")} error={errors.city}>
              {(p) => <input {...p} autoComplete="address-level2" defaultValue={values.city ?? ""} className="field-input" />}
            </Field>
            <Field name="district" label={t("district")} error={errors.district}>
              {(p) => <input {...p} autoComplete="address-level3" defaultValue={values.district ?? ""} className="field-input" />}
            </Field>
          </div>
          <Field name="street" label={t("street")} hint={t("streetHint")} error={errors.street}>
            {(p) => <input {...p} autoComplete="street-address" defaultValue={values.street ?? ""} className="field-input" />}
          </Field>
        </section>

        <section className={section} aria-labelledby="h-shipping">
          <fieldset aria-describedby={errors.shippingOptionId ? "shipping-error" : undefined} aria-invalid={errors.shippingOptionId ? true : undefined}>
            <legend id="h-shipping" className={`${heading} mb-3`}>{t("shipping")}</legend>
            <div className="space-y-2">
              {props.shippingOptions.map((o) => (
                <label key={o.id} className={`flex cursor-pointer items-center gap-3 rounded-xl border p-3 ${o.id === shippingId ? "border-jujube bg-sand" : "border-sand-dark"}`}>
                  <input type="radio" name="shippingOptionId" value={o.id} checked={o.id === shippingId} onChange={() => setShippingId(o.id)} className="accent-jujube" />
                  <span className="flex-1 font-medium">{o.name}</span>
                  <span className="font-semibold">{money(o.amount)}</span>
                </label>
              ))}
            </div>
            {errors.shippingOptionId && <p id="shipping-error" className="mt-2 text-sm font-medium text-jujube">{errors.shippingOptionId}</p>}
          </fieldset>
        </section>

        <section className={section} aria-labelledby="h-payment">
          <fieldset aria-describedby={errors.paymentProviderId ? "payment-error" : undefined}>
            <legend id="h-payment" className={`${heading} mb-3`}>{t("payment")}</legend>
            <div className="space-y-2">
              {payments.map((id) => (
                <label key={id} className={`flex cursor-pointer items-start gap-3 rounded-xl border p-3 ${id === paymentId ? "border-jujube bg-sand" : "border-sand-dark"}`}>
                  <input type="radio" name="paymentProviderId" value={id} checked={id === paymentId} onChange={() => setPaymentId(id)} className="mt-1 accent-jujube" />
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
            {errors.paymentProviderId && <p id="payment-error" className="mt-2 text-sm font-medium text-jujube">{errors.paymentProviderId}</p>}
          </fieldset>
        </section>
      </div>

      <aside className="h-fit space-y-4 rounded-2xl bg-sand p-4 sm:p-6 lg:sticky lg:top-4" aria-labelledby="h-review">
        <h2 id="h-review" className={heading}>{t("review")}</h2>
        <ul className="space-y-2 text-sm">
          {props.lines.map((l) => (
            <li key={l.id} className="flex justify-between gap-3">
              <span>
                {l.title} · {l.variantTitle} × {l.quantity}
              </span>
              <span className="tabular-nums">{money(l.total)}</span>
            </li>
          ))}
        </ul>
        <dl className="space-y-1 border-t border-sand-dark pt-3 text-sm">
          <div className="flex justify-between"><dt>{t("subtotal")}</dt><dd className="tabular-nums">{money(props.subtotal)}</dd></div>
          <div className="flex justify-between"><dt>{t("shippingCost")}</dt><dd className="tabular-nums">{shipping ? money(shipping.amount) : "—"}</dd></div>
          <div className="flex justify-between pt-2 text-lg font-bold"><dt>{t("total")}</dt><dd className="tabular-nums text-jujube" data-testid="checkout-total">{money(total)}</dd></div>
        </dl>
        <button type="submit" className="btn-primary w-full" disabled={pending}>
          {pending ? t("placing") : t("placeOrder")}
        </button>
      </aside>
    </form>
  )
}

/**
 * When the shop answers "busy" (many buyers of the same boxes at once), sends the form again after the seconds it
 * asked for, up to BUSY_RETRIES times; `waiting` while a retry is due, `gaveUp` after the last.
 */
function useBusyRetry(state: CheckoutState) {
  const formRef = useRef<HTMLFormElement>(null)
  const [tries, setTries] = useState(0)
  const retryIn = state?.retryInSeconds
  useEffect(() => {
    if (!retryIn) {
      setTries(0)
      return
    }
    if (tries >= BUSY_RETRIES) return
    const timer = setTimeout(() => {
      setTries((n) => n + 1)
      formRef.current?.requestSubmit()
    }, retryIn * 1000)
    return () => clearTimeout(timer)
    // Each new answer schedules the next try; `tries` only counts them.
  }, [state])
  return { formRef, waiting: Boolean(retryIn) && tries < BUSY_RETRIES, gaveUp: Boolean(retryIn) && tries >= BUSY_RETRIES }
}

/**
 * While online payment is chosen with a delivery method, keeps a Stripe payment session open for the cart's total
 * (opening a new one when the delivery, and so the total, changes) and holds the Payment Element's confirm function.
 */
function useOnlinePayment(locale: string, shippingId: string | null, unavailable: string) {
  const [answer, setAnswer] = useState<OnlinePayment | null>(null)
  const confirm = useRef<ConfirmPayment | null>(null)
  useEffect(() => {
    if (!shippingId) return
    let current = true
    setAnswer(null)
    startOnlinePayment(locale, shippingId).then(
      (result) => current && setAnswer(result),
      () => current && setAnswer({ message: unavailable })
    )
    return () => {
      current = false
    }
  }, [locale, shippingId, unavailable])
  const onReady = useCallback((fn: ConfirmPayment | null) => {
    confirm.current = fn
  }, [])
  return {
    payment: answer && "clientSecret" in answer ? answer : null,
    error: answer && "message" in answer ? answer.message : null,
    confirm,
    onReady,
    replace: (payment: { cartId: string; clientSecret: string }) => setAnswer(payment),
  }
}
