"use client"

import { useActionState } from "react"
import { useTranslations } from "next-intl"
import { Field } from "@/components/ui/field"
import { useFormAction } from "@/components/ui/use-form-action"
import { login } from "./actions"
import type { CoopFormState } from "./form"
import { FormMessage } from "./form-message"

/** The co-op member's login (its own cookie, apart from a shopper's login). */
export function CoopLoginForm({ locale }: { locale: string }) {
  const t = useTranslations("coop.login")
  const [state, action, pending] = useActionState<CoopFormState, FormData>(login, null)
  const onSubmit = useFormAction(action)
  return (
    <form action={action} onSubmit={onSubmit} noValidate className="space-y-4">
      <input type="hidden" name="locale" value={locale} />
      <FormMessage state={state} />
      <Field name="email" label={t("email")} error={state?.errors.email}>
        {(p) => <input {...p} type="email" autoComplete="username" defaultValue={state?.values?.email ?? ""} className="field-input" />}
      </Field>
      <Field name="password" label={t("password")} error={state?.errors.password}>
        {(p) => <input {...p} type="password" autoComplete="current-password" className="field-input" />}
      </Field>
      <button type="submit" className="btn-primary w-full" disabled={pending}>
        {pending ? t("submitting") : t("submit")}
      </button>
    </form>
  )
}
