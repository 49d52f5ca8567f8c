import type { CoopStockChange, CoopStockRowError } from "@tarim/contracts"
import { getTranslations } from "next-intl/server"
import { redirect } from "@/i18n/navigation"
import { statusOf, TooManyAttempts } from "@/lib/medusa/client"
import { CoopSignedOut } from "@/lib/medusa/coop"

/** What a portal form gets back: a message for the whole form, errors by field, and what to show after success. */
export type CoopFormState = {
  ok: boolean
  message: string | null
  errors: Record<string, string>
  values?: Record<string, string>
  changes?: CoopStockChange[]
  unchanged?: number
  rowErrors?: CoopStockRowError[]
} | null

export const localeOf = (formData: FormData) => (String(formData.get("locale") || "zh-CN") === "en" ? "en" : "zh-CN")
export const text = (formData: FormData, name: string) => String(formData.get(name) ?? "").trim()

/** Sends a member whose login expired to the login page; other failures become a readable message. */
export async function failed(error: unknown, locale: string): Promise<CoopFormState> {
  if (error instanceof CoopSignedOut) redirect({ href: "/coop/login?expired=1", locale })
  if (error instanceof TooManyAttempts) {
    const f = await getTranslations({ locale, namespace: "form.errors" })
    return { ok: false, message: f("tooManyAttempts", { minutes: error.minutes }), errors: {} }
  }
  const t = await getTranslations({ locale, namespace: "coop.errors" })
  if (statusOf(error) === 404) return { ok: false, message: t("notFound"), errors: {} }
  console.error("co-op portal request failed", error)
  return { ok: false, message: t("generic"), errors: {} }
}

