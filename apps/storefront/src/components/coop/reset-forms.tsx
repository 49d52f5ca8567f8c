"use client"

import { useActionState } from "react"
import { useTranslations } from "next-intl"
import { Field } from "@/components/ui/field"
import { useFormAction } from "@/components/ui/use-form-action"
import { localePath } from "@/i18n/paths"
import type { Locale } from "@/i18n/routing"
import { requestReset, setNewPassword } from "./actions"
import type { CoopFormState } from "./form"
import { FormMessage } from "./form-message"

/** "Forgot your password?": the email to send a reset link to. */
export function RequestResetForm({ locale }: { locale: string }) {
  const t = useTranslations("coop.reset")
  const [state, action, pending] = useActionState<CoopFormState, FormData>(requestReset, null)
  const onSubmit = useFormAction(action)
  return (
    <form action={action} onSubmit={onSubmit} noValidate className="space-y-4">
      <input type="hidden" name="locale" value={locale} />
      <FormMessage state={state} />
      <Field name="email" label={t("email")} error={state?.errors.email}>
        {(p) => <input {...p} type="email" autoComplete="username" defaultValue={state?.values?.email ?? ""} className="field-input" />}
      </Field>
      <button type="submit" className="btn-primary w-full" disabled={pending}>
        {pending ? t("sending") : t("send")}
      </button>
    </form>
  )
}

/** The reset link's page: a new password, then on to the login. */
export function NewPasswordForm({ locale, token, email }: { locale: Locale; token: string; email: string }) {
  const t = useTranslations("coop")
  const [state, action, pending] = useActionState<CoopFormState, FormData>(setNewPassword, null)
  const onSubmit = useFormAction(action)
  if (state?.ok) {
    return (
      <div className="space-y-4">
        <FormMessage state={state} />
        <a href={localePath("/coop/login", locale)} className="btn-primary">{t("reset.toLogin")}</a>
      </div>
    )
  }
  return (
    <form action={action} onSubmit={onSubmit} noValidate className="space-y-4">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="email" value={email} />
      <FormMessage state={state} />
      <Field name="password" label={t("reset.newPassword")} hint={t("invite.passwordHint")} error={state?.errors.password}>
        {(p) => <input {...p} type="password" autoComplete="new-password" className="field-input" />}
      </Field>
      <button type="submit" className="btn-primary w-full" disabled={pending}>
        {pending ? t("reset.saving") : t("reset.save")}
      </button>
    </form>
  )
}
