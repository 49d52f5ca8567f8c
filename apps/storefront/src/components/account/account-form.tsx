"use client"

import { useActionState } from "react"
import { useTranslations } from "next-intl"
import { Field } from "@/components/ui/field"
import { useFormAction } from "@/components/ui/use-form-action"
import { login, register, type AccountState } from "./actions"

/** Log-in or registration form; errors come back from the server action per field. */
export function AccountForm({ mode, locale }: { mode: "login" | "register"; locale: string }) {
  const t = useTranslations("account")
  const [state, action, pending] = useActionState<AccountState, FormData>(mode === "login" ? login : register, null)
  const errors = state?.errors ?? {}
  const onSubmit = useFormAction(action)
  return (
    <form action={action} onSubmit={onSubmit} noValidate className="space-y-4">
      <input type="hidden" name="locale" value={locale} />
      {state?.message && (
        <p role="alert" className="rounded-xl bg-jujube/10 p-3 text-sm font-medium text-jujube">
          {state.message}
        </p>
      )}
      {mode === "register" && (
        <Field name="name" label={t("name")} error={errors.name}>
          {(p) => <input {...p} autoComplete="name" defaultValue={state?.name ?? ""} className="field-input" />}
        </Field>
      )}
      <Field name="email" label={t("email")} error={errors.email}>
        {(p) => <input {...p} type="email" autoComplete="email" defaultValue={state?.email ?? ""} className="field-input" />}
      </Field>
      <Field name="password" label={t("password")} hint={mode === "register" ? t("passwordHint") : undefined} error={errors.password}>
        {(p) => <input {...p} type="password" autoComplete={mode === "login" ? "current-password" : "new-password"} className="field-input" />}
      </Field>
      <button type="submit" className="btn-primary w-full" disabled={pending}>
        {pending ? t("submitting") : mode === "login" ? t("login") : t("register")}
      </button>
    </form>
  )
}
