"use client"

import { useActionState } from "react"
import { useTranslations } from "next-intl"
import { useFormAction } from "@/components/ui/use-form-action"
import type { CoopFormState } from "./form"
import { adjustStock } from "./stock-actions"
import { FormMessage } from "./form-message"
import { RowErrors } from "./row-errors"

/** One variant's new stock count with the reason, inline on the stock page. */
export function StockAdjustForm({ locale, sku, stocked }: { locale: string; sku: string; stocked: number }) {
  const t = useTranslations("coop.stock")
  const [state, action, pending] = useActionState<CoopFormState, FormData>(adjustStock, null)
  const onSubmit = useFormAction(action)
  const id = `stock-${sku}`
  return (
    <form action={action} onSubmit={onSubmit} noValidate className="space-y-2" aria-label={`${t("adjust")} ${sku}`}>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="sku" value={sku} />
      <div className="flex flex-wrap items-end gap-2">
        <div>
          <label htmlFor={`${id}-count`} className="block text-xs text-muted">{t("newCount")}</label>
          <input
            id={`${id}-count`}
            name="stocked_quantity"
            inputMode="numeric"
            defaultValue={state?.values?.stocked_quantity ?? String(stocked)}
            aria-invalid={state?.errors.stocked_quantity ? true : undefined}
            className="field-input w-24"
          />
        </div>
        <div className="min-w-32 flex-1">
          <label htmlFor={`${id}-reason`} className="block text-xs text-muted">{t("reason")}</label>
          <input
            id={`${id}-reason`}
            name="reason"
            placeholder={t("reasonPlaceholder")}
            defaultValue={state?.values?.reason ?? ""}
            aria-invalid={state?.errors.reason ? true : undefined}
            className="field-input"
          />
        </div>
        <button type="submit" className="btn-secondary" disabled={pending}>
          {pending ? t("adjusting") : t("adjust")}
        </button>
      </div>
      <FormMessage state={state} />
      {state?.rowErrors && <RowErrors errors={state.rowErrors} />}
    </form>
  )
}
