"use client"

import { useActionState, useState } from "react"
import { useTranslations } from "next-intl"
import { Field } from "@/components/ui/field"
import { useFormAction } from "@/components/ui/use-form-action"
import { formatMoney } from "@/lib/money"
import { PROVINCES } from "@/lib/provinces"
import type { CheckoutAddress, CartLine, ShippingOption } from "@/lib/medusa/types"
import { placeOrder, type CheckoutState } from "./actions"

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
  /** Stripe's Payment Element is offered only when a Stripe publishable key is configured. */
  stripeEnabled: boolean
}

/** The one-page checkout: contact, Chinese address, delivery, payment, review and place order. */
export function CheckoutForm(props: Props) {
  const t = useTranslations("checkout")
  const [state, action, pending] = useActionState<CheckoutState, FormData>(placeOrder, null)
  const onSubmit = useFormAction(action)
  const values = { ...props.address, email: props.email, ...state?.values }
  const errors = state?.errors ?? {}
  const [shippingId, setShippingId] = useState(values.shippingOptionId || props.selectedShippingId || "")
  const payments = props.paymentProviders.filter((p) => p.id === "pp_system_default" || (props.stripeEnabled && p.id.startsWith("pp_stripe")))
  const [paymentId, setPaymentId] = useState(values.paymentProviderId || (payments.length === 1 ? payments[0].id : ""))
  const shipping = props.shippingOptions.find((o) => o.id === shippingId)
  const money = (n: number) => formatMoney(n, props.currency, props.locale)
  const total = props.subtotal + (shipping?.amount ?? 0)
  const section = "space-y-4 rounded-2xl border border-sand-dark p-4 sm:p-6"
  const heading = "text-lg font-bold"

  return (
    <form action={action} onSubmit={onSubmit} noValidate className="grid gap-6 lg:grid-cols-[1fr_22rem]" aria-describedby={state?.message ? "checkout-message" : undefined}>
      <input type="hidden" name="locale" value={props.locale} />
      <div className="space-y-6">
        {state?.message && (
          <p id="checkout-message" role="alert" className="rounded-xl bg-jujube/10 p-3 text-sm font-medium text-jujube">
            {state.message}
          </p>
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
              {payments.map((p) => (
                <label key={p.id} className={`flex cursor-pointer items-start gap-3 rounded-xl border p-3 ${p.id === paymentId ? "border-jujube bg-sand" : "border-sand-dark"}`}>
                  <input type="radio" name="paymentProviderId" value={p.id} checked={p.id === paymentId} onChange={() => setPaymentId(p.id)} className="mt-1 accent-jujube" />
                  <span>
                    <span className="block font-medium">{p.id === "pp_system_default" ? t("payOnDelivery") : t("card")}</span>
                    {p.id === "pp_system_default" && <span className="block text-sm text-muted">{t("payOnDeliveryNote")}</span>}
                  </span>
                </label>
              ))}
            </div>
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
