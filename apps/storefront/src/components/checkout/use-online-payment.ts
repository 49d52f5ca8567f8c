"use client"

import { useCallback, useEffect, useRef, useState } from "react"
import { startOnlinePayment, type OnlinePayment } from "./actions"
import type { ConfirmPayment } from "./stripe-payment"

/**
 * While online payment is chosen with a delivery method, keeps a Stripe payment session open for the cart's total
 * (opening a new one when the delivery, and so the total, changes) and holds the Payment Element's confirm function.
 */
export function useOnlinePayment(locale: string, shippingId: string | null, unavailable: string) {
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
