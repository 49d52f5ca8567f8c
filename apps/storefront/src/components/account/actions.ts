"use server"

import { getTranslations } from "next-intl/server"
import { redirect } from "@/i18n/navigation"
import { transferCart } from "@/lib/medusa/cart"
import { isRefusedCredentials, TooManyAttempts } from "@/lib/medusa/client"
import { login as logIn, register as registerCustomer } from "@/lib/medusa/customer"
import { clearAuthToken, getCartId, setAuthToken } from "@/lib/medusa/session"
import { EMAIL } from "@/lib/validation"

export type AccountState = { errors: Record<string, string>; message: string | null; email: string; name?: string } | null

/** Keeps the token and makes a cart started while signed out the customer's, so the order lands in their history. */
async function signIn(token: string) {
  await setAuthToken(token)
  const cartId = await getCartId()
  if (!cartId) return
  await transferCart(cartId, token).catch((error) => {
    console.error(`could not transfer cart ${cartId} to the signed-in customer`, error)
  })
}

function read(formData: FormData) {
  return {
    locale: String(formData.get("locale") || "zh-CN"),
    email: String(formData.get("email") || "").trim().toLowerCase(),
    password: String(formData.get("password") || ""),
    name: String(formData.get("name") || "").trim(),
  }
}

export async function login(_prev: AccountState, formData: FormData): Promise<AccountState> {
  const { locale, email, password } = read(formData)
  const t = await getTranslations({ locale, namespace: "form.errors" })
  const errors: Record<string, string> = {}
  if (!EMAIL.test(email)) errors.email = email ? t("emailInvalid") : t("required")
  if (!password) errors.password = t("required")
  if (Object.keys(errors).length) return { errors, message: t("fixBelow", { count: Object.keys(errors).length }), email }
  try {
    await signIn(await logIn(email, password))
  } catch (error) {
    if (isRefusedCredentials(error)) return { errors: {}, message: t("loginFailed"), email }
    if (error instanceof TooManyAttempts) return { errors: {}, message: t("tooManyAttempts", { minutes: error.minutes }), email }
    console.error("login failed", error)
    return { errors: {}, message: t("generic"), email }
  }
  redirect({ href: "/account", locale })
  return null
}

export async function register(_prev: AccountState, formData: FormData): Promise<AccountState> {
  const { locale, email, password, name } = read(formData)
  const t = await getTranslations({ locale, namespace: "form.errors" })
  const errors: Record<string, string> = {}
  if (!name) errors.name = t("required")
  if (!EMAIL.test(email)) errors.email = email ? t("emailInvalid") : t("required")
  if (password.length < 8) errors.password = t("passwordShort")
  if (Object.keys(errors).length) return { errors, message: t("fixBelow", { count: Object.keys(errors).length }), email, name }
  try {
    await signIn(await registerCustomer(email, password, name))
  } catch (error) {
    if (isRefusedCredentials(error)) return { errors: { email: t("emailTaken") }, message: t("emailTaken"), email, name }
    console.error("registration failed", error)
    return { errors: {}, message: t("generic"), email, name }
  }
  redirect({ href: "/account", locale })
  return null
}

export async function logout(formData: FormData): Promise<void> {
  await clearAuthToken()
  redirect({ href: "/", locale: String(formData.get("locale") || "zh-CN") })
}
