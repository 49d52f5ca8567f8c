"use server"

import { getTranslations } from "next-intl/server"
import { redirect } from "@/i18n/navigation"
import { statusOf, TooManyAttempts } from "@/lib/medusa/client"
import { unlockOrder as unlock } from "@/lib/medusa/orders"
import { setOrderAccess } from "@/lib/medusa/session"
import { EMAIL } from "@/lib/validation"

export type UnlockState = { errors: Record<string, string>; message: string | null; values: { email: string; phone: string } } | null

/** Shows an order's address and phone in this browser once its email and phone are proven (a guest on another device). */
export async function unlockOrder(_prev: UnlockState, formData: FormData): Promise<UnlockState> {
  const locale = String(formData.get("locale") || "zh-CN")
  const orderId = String(formData.get("order_id") ?? "")
  const values = { email: String(formData.get("email") ?? "").trim().toLowerCase(), phone: String(formData.get("phone") ?? "").trim() }
  const t = await getTranslations({ locale, namespace: "form.errors" })
  const errors: Record<string, string> = {}
  if (!EMAIL.test(values.email)) errors.email = values.email ? t("emailInvalid") : t("required")
  if (values.phone.replace(/\D/g, "").length < 6) errors.phone = values.phone ? t("phoneInvalid") : t("required")
  if (Object.keys(errors).length) return { errors, message: t("fixBelow", { count: Object.keys(errors).length }), values }
  try {
    await setOrderAccess(orderId, await unlock(orderId, values.email, values.phone))
  } catch (error) {
    if (error instanceof TooManyAttempts) return { errors: {}, message: t("tooManyAttempts", { minutes: error.minutes }), values }
    if (statusOf(error) === 404 || statusOf(error) === 400) {
      return { errors: {}, message: (await getTranslations({ locale, namespace: "order.unlock" }))("noMatch"), values }
    }
    console.error(`unlocking order ${orderId} failed`, error)
    return { errors: {}, message: t("generic"), values }
  }
  redirect({ href: `/orders/${orderId}`, locale })
  return null
}
