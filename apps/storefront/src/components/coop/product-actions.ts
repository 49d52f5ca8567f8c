"use server"

import { revalidatePath } from "next/cache"
import { getTranslations } from "next-intl/server"
import { type ProductEdit, updateCoopProduct } from "@/lib/medusa/coop"
import { failed, localeOf, text, type CoopFormState } from "./form"

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
  const required = (await getTranslations({ locale, namespace: "form.errors" }))("required")
  if (!title) errors.title = required
  const produce = formData.has("origin_zh") ? readProduce(formData, errors, required, t("shelfLifeInvalid")) : undefined
  if (Object.keys(errors).length) return { ok: false, errors, message: Object.values(errors)[0] }
  const status = formData.get("status")
  try {
    await updateCoopProduct(id, {
      title,
      subtitle: text(formData, "subtitle") || null,
      description: text(formData, "description") || null,
      variants,
      produce,
      ...(status === "published" || status === "draft" ? { status } : {}),
    })
  } catch (error) {
    return failed(error, locale)
  }
  revalidatePath("/[locale]/coop", "layout")
  return { ok: true, errors: {}, message: t("saved") }
}

/** The produce facts fields of the product form; missing texts and a bad shelf life go into `errors`. */
function readProduce(formData: FormData, errors: Record<string, string>, required: string, shelfLifeInvalid: string): ProductEdit["produce"] {
  for (const name of ["origin_zh", "origin_en", "storage_zh", "storage_en"]) if (!text(formData, name)) errors[name] = required
  const shelfLife = text(formData, "shelf_life_days")
  if (!/^\d{1,4}$/.test(shelfLife) || Number(shelfLife) < 1 || Number(shelfLife) > 3650) errors.shelf_life_days = shelfLifeInvalid
  const grade = text(formData, "grade")
  return {
    origin_zh: text(formData, "origin_zh"),
    origin_en: text(formData, "origin_en"),
    grade: grade === "first" || grade === "second" ? grade : "special",
    harvest_from_month: Number(text(formData, "harvest_from_month")) || 1,
    harvest_to_month: Number(text(formData, "harvest_to_month")) || 1,
    storage_zh: text(formData, "storage_zh"),
    storage_en: text(formData, "storage_en"),
    shelf_life_days: Number(shelfLife),
    cold_chain: formData.get("cold_chain") === "1",
  }
}

