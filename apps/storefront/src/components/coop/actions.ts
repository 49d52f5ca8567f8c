"use server"

import type { CoopStockChange, CoopStockRowError } from "@tarim/contracts"
import { revalidatePath } from "next/cache"
import { getTranslations } from "next-intl/server"
import { redirect } from "@/i18n/navigation"
import { isRefusedCredentials, statusOf } from "@/lib/medusa/client"
import {
  acceptInvite as accept,
  adjustStock as setStock,
  coopLogin,
  CoopSignedOut,
  importStock as importFile,
  markDelivered as deliver,
  shipOrder as ship,
  StockRefused,
  updateCoopProduct,
} from "@/lib/medusa/coop"
import { clearCoopToken, setCoopToken } from "@/lib/medusa/session"
import { EMAIL } from "@/lib/validation"

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

const localeOf = (formData: FormData) => (String(formData.get("locale") || "zh-CN") === "en" ? "en" : "zh-CN")
const text = (formData: FormData, name: string) => String(formData.get(name) ?? "").trim()

/** Sends a member whose login expired to the login page; other failures become a readable message. */
async function failed(error: unknown, locale: string): Promise<CoopFormState> {
  if (error instanceof CoopSignedOut) redirect({ href: "/coop/login?expired=1", locale })
  const t = await getTranslations({ locale, namespace: "coop.errors" })
  if (statusOf(error) === 404) return { ok: false, message: t("notFound"), errors: {} }
  console.error("co-op portal request failed", error)
  return { ok: false, message: t("generic"), errors: {} }
}

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

export async function saveProduct(_prev: CoopFormState, formData: FormData): Promise<CoopFormState> {
  const locale = localeOf(formData)
  const t = await getTranslations({ locale, namespace: "coop.products" })
  const id = text(formData, "id")
  const errors: Record<string, string> = {}
  const variants = formData.getAll("variant_id").map((variantId, i) => {
    const raw = String(formData.getAll("price")[i] ?? "").trim()
    if (!/^\d{1,6}(\.\d{1,2})?$/.test(raw) || Number(raw) <= 0) errors[`price-${variantId}`] = t("priceInvalid")
    return { id: String(variantId), price: Number(raw) }
  })
  const title = text(formData, "title")
  if (!title) errors.title = (await getTranslations({ locale, namespace: "form.errors" }))("required")
  if (Object.keys(errors).length) return { ok: false, errors, message: Object.values(errors)[0] }
  const status = formData.get("status")
  try {
    await updateCoopProduct(id, {
      title,
      subtitle: text(formData, "subtitle") || null,
      description: text(formData, "description") || null,
      variants,
      ...(status === "published" || status === "draft" ? { status } : {}),
    })
  } catch (error) {
    return failed(error, locale)
  }
  revalidatePath("/[locale]/coop", "layout")
  return { ok: true, errors: {}, message: t("saved") }
}

export async function adjustStock(_prev: CoopFormState, formData: FormData): Promise<CoopFormState> {
  const locale = localeOf(formData)
  const t = await getTranslations({ locale, namespace: "coop.stock" })
  const sku = text(formData, "sku")
  const raw = text(formData, "stocked_quantity")
  const reason = text(formData, "reason")
  const errors: Record<string, string> = {}
  if (!/^\d{1,7}$/.test(raw) || Number(raw) > 1_000_000) errors.stocked_quantity = t("countInvalid")
  if (!reason) errors.reason = t("reasonRequired")
  if (Object.keys(errors).length) return { ok: false, errors, message: Object.values(errors)[0], values: { stocked_quantity: raw, reason } }
  try {
    const { changes } = await setStock([{ sku, stocked_quantity: Number(raw) }], reason)
    revalidatePath("/[locale]/coop", "layout")
    const [change] = changes
    return { ok: true, errors: {}, message: change ? t("adjusted", { sku, from: change.from, to: change.to }) : t("unchanged"), changes }
  } catch (error) {
    const refusal = refusalOf(error)
    if (refusal) return { ok: false, errors: {}, message: null, rowErrors: refusal.errors, values: { stocked_quantity: raw, reason } }
    return failed(error, locale)
  }
}

const refusalOf = (error: unknown) => (error instanceof StockRefused ? error.refusal : null)

export async function importStock(_prev: CoopFormState, formData: FormData): Promise<CoopFormState> {
  const locale = localeOf(formData)
  const t = await getTranslations({ locale, namespace: "coop.stock" })
  const file = formData.get("file")
  const reason = text(formData, "reason")
  const apply = formData.get("apply") === "1"
  const csv = file instanceof File && file.size > 0 ? await file.text() : text(formData, "csv")
  const errors: Record<string, string> = {}
  if (!csv) errors.file = t("fileRequired")
  if (!reason) errors.reason = t("reasonRequired")
  if (Object.keys(errors).length) return { ok: false, errors, message: Object.values(errors)[0], values: { reason } }
  try {
    const result = await importFile(csv, reason, !apply)
    if (apply) revalidatePath("/[locale]/coop", "layout")
    const message = apply
      ? t("applied", { count: result.changes.length })
      : result.changes.length
        ? t("previewTitle", { count: result.changes.length, unchanged: result.unchanged })
        : t("noChanges")
    return { ok: true, errors: {}, message, changes: result.changes, unchanged: result.unchanged, values: { reason, csv: apply ? "" : csv } }
  } catch (error) {
    const refusal = refusalOf(error)
    if (refusal) return { ok: false, errors: {}, message: t("refused", { count: refusal.errors.length }), rowErrors: refusal.errors, values: { reason } }
    return failed(error, locale)
  }
}

export async function shipOrder(_prev: CoopFormState, formData: FormData): Promise<CoopFormState> {
  const locale = localeOf(formData)
  const t = await getTranslations({ locale, namespace: "coop.orders" })
  const carrier = text(formData, "carrier")
  const tracking = text(formData, "tracking_number")
  const errors: Record<string, string> = {}
  if (!carrier) errors.carrier = t("carrierRequired")
  if (!/^[A-Za-z0-9-]{6,40}$/.test(tracking)) errors.tracking_number = t("trackingInvalid")
  if (Object.keys(errors).length) return { ok: false, errors, message: Object.values(errors)[0], values: { carrier, tracking_number: tracking } }
  try {
    await ship(text(formData, "order_id"), carrier, tracking)
  } catch (error) {
    if (statusOf(error) === 400) return { ok: false, errors: {}, message: t("nothingToShip"), values: { carrier, tracking_number: tracking } }
    return failed(error, locale)
  }
  revalidatePath("/[locale]/coop", "layout")
  return { ok: true, errors: {}, message: t("shipped") }
}

export async function markDelivered(formData: FormData): Promise<void> {
  const locale = localeOf(formData)
  try {
    await deliver(text(formData, "order_id"), text(formData, "shipment_id"))
  } catch (error) {
    if (error instanceof CoopSignedOut) redirect({ href: "/coop/login?expired=1", locale })
    throw error
  }
  revalidatePath("/[locale]/coop", "layout")
}
