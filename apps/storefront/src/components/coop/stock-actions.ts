"use server"

import { revalidatePath } from "next/cache"
import { getTranslations } from "next-intl/server"
import { adjustStock as setStock, importStock as importFile, StockRefused } from "@/lib/medusa/coop"
import { failed, localeOf, text, type CoopFormState } from "./form"

const refusalOf = (error: unknown) => (error instanceof StockRefused ? error.refusal : null)

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

