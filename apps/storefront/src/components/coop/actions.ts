"use server"

import { getTranslations } from "next-intl/server"
import { redirect } from "@/i18n/navigation"
import { isRefusedCredentials, statusOf } from "@/lib/medusa/client"
import { acceptInvite as accept, coopLogin, requestPasswordReset as askForReset, resetPassword } from "@/lib/medusa/coop"
import { clearCoopToken, setCoopToken } from "@/lib/medusa/session"
import { EMAIL } from "@/lib/validation"
import { failed, localeOf, text, type CoopFormState } from "./form"

export async function login(_prev: CoopFormState, formData: FormData): Promise<CoopFormState> {
  const locale = localeOf(formData)
  const email = text(formData, "email").toLowerCase()
  const password = String(formData.get("password") ?? "")
  const t = await getTranslations({ locale, namespace: "form.errors" })
  const errors: Record<string, string> = {}
  if (!EMAIL.test(email)) errors.email = email ? t("emailInvalid") : t("required")
  if (!password) errors.password = t("required")
  if (Object.keys(errors).length) return { ok: false, errors, message: t("fixBelow", { count: Object.keys(errors).length }), values: { email } }
  try {
    await setCoopToken(await coopLogin(email, password))
  } catch (error) {
    if (isRefusedCredentials(error)) {
      const c = await getTranslations({ locale, namespace: "coop.login" })
      return { ok: false, errors: {}, message: c("failed"), values: { email } }
    }
    return failed(error, locale)
  }
  redirect({ href: "/coop", locale })
  return null
}

export async function logout(formData: FormData): Promise<void> {
  await clearCoopToken()
  redirect({ href: "/coop/login", locale: localeOf(formData) })
}

export async function acceptInvite(_prev: CoopFormState, formData: FormData): Promise<CoopFormState> {
  const locale = localeOf(formData)
  const password = String(formData.get("password") ?? "")
  const name = text(formData, "name")
  const t = await getTranslations({ locale, namespace: "coop.invite" })
  if (password.length < 10) return { ok: false, errors: { password: t("passwordHint") }, message: t("passwordHint"), values: { name } }
  try {
    await accept(text(formData, "token"), password, name || null)
  } catch (error) {
    const status = statusOf(error)
    if (status === 401) return { ok: false, errors: { password: t("passwordTaken") }, message: t("passwordTaken"), values: { name } }
    if (status === 404 || status === 400) return { ok: false, errors: {}, message: t("invalid"), values: { name } }
    return failed(error, locale)
  }
  return { ok: true, errors: {}, message: null }
}


export async function requestReset(_prev: CoopFormState, formData: FormData): Promise<CoopFormState> {
  const locale = localeOf(formData)
  const email = text(formData, "email").toLowerCase()
  const t = await getTranslations({ locale, namespace: "form.errors" })
  if (!EMAIL.test(email)) return { ok: false, errors: { email: email ? t("emailInvalid") : t("required") }, message: null, values: { email } }
  try {
    await askForReset(email)
  } catch (error) {
    return failed(error, locale)
  }
  return { ok: true, errors: {}, message: (await getTranslations({ locale, namespace: "coop.reset" }))("sent") }
}

export async function setNewPassword(_prev: CoopFormState, formData: FormData): Promise<CoopFormState> {
  const locale = localeOf(formData)
  const password = String(formData.get("password") ?? "")
  const t = await getTranslations({ locale, namespace: "coop" })
  if (password.length < 10) return { ok: false, errors: { password: t("invite.passwordHint") }, message: t("invite.passwordHint") }
  try {
    await resetPassword(text(formData, "token"), text(formData, "email"), password)
  } catch (error) {
    if (statusOf(error) === 401 || statusOf(error) === 400) return { ok: false, errors: {}, message: t("reset.expired") }
    return failed(error, locale)
  }
  return { ok: true, errors: {}, message: t("reset.done") }
}
