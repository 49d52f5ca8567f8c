"use client"

import { useActionState } from "react"
import { useTranslations } from "next-intl"
import { Field } from "@/components/ui/field"
import { useFormAction } from "@/components/ui/use-form-action"
import type { CoopFormState } from "./form"
import { shipOrder } from "./order-actions"
import { FormMessage } from "./form-message"

/** Ships the co-op's lines of one order in one parcel: carrier and tracking number. */
export function ShipForm({ locale, orderId }: { locale: string; orderId: string }) {
  const t = useTranslations("coop.orders")
  const [state, action, pending] = useActionState<CoopFormState, FormData>(shipOrder, null)
  const onSubmit = useFormAction(action)
  return (
    <form action={action} onSubmit={onSubmit} noValidate className="space-y-3" aria-label={t("ship")}>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="order_id" value={orderId} />
      <FormMessage state={state} />
      {!state?.ok && (
        <>
          <Field name="carrier" label={t("carrier")} error={state?.errors.carrier}>
            {(p) => <input {...p} placeholder={t("carrierPlaceholder")} defaultValue={state?.values?.carrier ?? ""} className="field-input" />}
          </Field>
          <Field name="tracking_number" label={t("tracking")} error={state?.errors.tracking_number}>
            {(p) => <input {...p} autoCapitalize="characters" defaultValue={state?.values?.tracking_number ?? ""} className="field-input font-mono" />}
          </Field>
          <button type="submit" className="btn-primary w-full sm:w-auto" disabled={pending}>
            {pending ? t("shipping") : t("shipSubmit")}
          </button>
        </>
      )}
    </form>
  )
}
