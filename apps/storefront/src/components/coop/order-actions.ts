"use server"

import { revalidatePath } from "next/cache"
import { getTranslations } from "next-intl/server"
import { redirect } from "@/i18n/navigation"
import { statusOf } from "@/lib/medusa/client"
import { CoopSignedOut, markDelivered as deliver, shipOrder as ship } from "@/lib/medusa/coop"
import { failed, localeOf, text, type CoopFormState } from "./form"

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
