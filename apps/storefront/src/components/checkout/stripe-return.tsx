"use client"

import { startTransition, useActionState, useEffect, useRef } from "react"
import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import { completeOnlineOrder } from "./actions"

/**
 * Completes the cart once on arrival (the action redirects to the confirmation); shows why not, with a way back to
 * checkout, when Stripe reported the payment failed or Medusa could not authorize it.
 */
export function StripeReturn({ cartId, locale, failed }: { cartId: string; locale: string; failed: boolean }) {
  const t = useTranslations("checkout")
  const [result, complete, pending] = useActionState<{ message: string } | null>(() => completeOnlineOrder(locale, cartId), null)
  const started = useRef(false)
  useEffect(() => {
    if (failed || started.current) return
    started.current = true
    startTransition(complete)
  }, [failed, complete])
  const message = failed ? t("returnFailed") : result?.message
  if (!message) {
    return (
      <p role="status" aria-busy={pending} className="text-muted">
        {t("returnText")}
      </p>
    )
  }
  return (
    <div className="space-y-4">
      <p role="alert" className="rounded-xl bg-jujube/10 p-3 text-sm font-medium text-jujube">{message}</p>
      <Link href="/checkout" className="btn-primary">{t("backToCheckout")}</Link>
    </div>
  )
}
