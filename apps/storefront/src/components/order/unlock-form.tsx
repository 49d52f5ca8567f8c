"use client"

import { useActionState } from "react"
import { useTranslations } from "next-intl"
import { Field } from "@/components/ui/field"
import { useFormAction } from "@/components/ui/use-form-action"
import { unlockOrder, type UnlockState } from "./actions"

/** On a masked order page: the email and phone the order was placed with show its address and phone here. */
export function UnlockOrderForm({ orderId, locale }: { orderId: string; locale: string }) {
  const t = useTranslations("order.unlock")
  const [state, action, pending] = useActionState<UnlockState, FormData>(unlockOrder, null)
  const onSubmit = useFormAction(action)
  return (
    <section aria-labelledby="h-unlock" className="space-y-3 rounded-2xl border border-sand p-4 text-sm">
      <h2 id="h-unlock" className="font-bold">{t("title")}</h2>
      <p className="text-muted">{t("hint")}</p>
      <form action={action} onSubmit={onSubmit} noValidate className="space-y-3">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="order_id" value={orderId} />
        {state?.message && (
          <p role="alert" className="rounded-xl bg-jujube/10 p-3 font-medium text-jujube">
            {state.message}
          </p>
        )}
        <Field name="email" label={t("email")} error={state?.errors.email}>
          {(p) => <input {...p} type="email" autoComplete="email" defaultValue={state?.values.email ?? ""} className="field-input" />}
        </Field>
        <Field name="phone" label={t("phone")} error={state?.errors.phone}>
          {(p) => <input {...p} type="tel" autoComplete="tel" inputMode="tel" defaultValue={state?.values.phone ?? ""} className="field-input" />}
        </Field>
        <button type="submit" className="btn-secondary w-full" disabled={pending}>
          {pending ? t("submitting") : t("submit")}
        </button>
      </form>
    </section>
  )
}
