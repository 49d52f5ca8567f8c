"use client"

import { useActionState, useEffect, useState } from "react"
import { useTranslations } from "next-intl"
import { useFormAction } from "@/components/ui/use-form-action"
import { formatMoney } from "@/lib/money"
import { checkoutPaymentOptions, STRIPE, stripeReturnUrl } from "@/lib/payment"
import type { CheckoutAddress, CartLine, ShippingOption } from "@/lib/medusa/types"
import { completeOnlineOrder, placeOrder, prepareOnlinePayment, type CheckoutState } from "./actions"
import { AddressFields } from "./address-fields"
import { DeliveryOptions } from "./delivery-options"
import { OrderReview } from "./order-review"
import { PaymentOptions } from "./payment-options"
import { useBusyRetry } from "./use-busy-retry"
import { useOnlinePayment } from "./use-online-payment"

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
        <AddressFields locale={props.locale} values={values} errors={errors} />
        <DeliveryOptions options={props.shippingOptions} shippingId={shippingId} onChange={setShippingId} money={money} error={errors.shippingOptionId} />
        <PaymentOptions
          locale={props.locale}
          payments={payments}
          paymentId={paymentId}
          onChange={setPaymentId}
          shippingId={shippingId}
          online={online}
          stripePublishableKey={props.stripePublishableKey}
          error={errors.paymentProviderId}
        />
      </div>
      <OrderReview lines={props.lines} subtotal={props.subtotal} shippingAmount={shipping?.amount ?? null} money={money} pending={pending} />
    </form>
  )
}
