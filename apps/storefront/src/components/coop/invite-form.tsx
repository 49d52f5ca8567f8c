"use client"

import { useActionState } from "react"
import { useTranslations } from "next-intl"
import { Field } from "@/components/ui/field"
import { useFormAction } from "@/components/ui/use-form-action"
import { localePath } from "@/i18n/paths"
import type { Locale } from "@/i18n/routing"
import { acceptInvite } from "./actions"
import type { CoopFormState } from "./form"
import { FormMessage } from "./form-message"

/** Accepting an invitation: a password (or the email's existing one) and an optional name. */
export function InviteForm({ locale, token, email, cooperative }: { locale: Locale; token: string; email: string; cooperative: string }) {
  const t = useTranslations("coop.invite")
  const [state, action, pending] = useActionState<CoopFormState, FormData>(acceptInvite, null)
  const onSubmit = useFormAction(action)
  if (state?.ok) {
    return (
      <div role="status" className="space-y-4 rounded-2xl bg-leaf/10 p-4">
        <p className="font-medium text-leaf">{t("done", { name: cooperative, email })}</p>
        <a href={localePath("/coop/login", locale)} className="btn-primary">{t("toLogin")}</a>
      </div>
    )
  }
  return (
    <form action={action} onSubmit={onSubmit} noValidate className="space-y-4">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="token" value={token} />
      <FormMessage state={state} />
      <Field name="name" label={t("name")}>
        {(p) => <input {...p} autoComplete="name" defaultValue={state?.values?.name ?? ""} className="field-input" />}
      </Field>
      <Field name="password" label={t("password")} hint={`${t("passwordHint")} · ${t("existingHint")}`} error={state?.errors.password}>
        {(p) => <input {...p} type="password" autoComplete="new-password" className="field-input" />}
      </Field>
      <button type="submit" className="btn-primary w-full" disabled={pending}>
        {pending ? t("submitting") : t("submit")}
      </button>
    </form>
  )
}
