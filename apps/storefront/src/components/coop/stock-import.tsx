"use client"

import { useActionState } from "react"
import { useTranslations } from "next-intl"
import { Field } from "@/components/ui/field"
import { useFormAction } from "@/components/ui/use-form-action"
import type { CoopFormState } from "./form"
import { importStock } from "./stock-actions"
import { FormMessage } from "./form-message"
import { RowErrors } from "./row-errors"

/**
 * CSV import in two steps: the file is checked and every change listed (a dry run on the backend), then the member
 * confirms and the same text is imported. A file with a bad row lists the rows and changes nothing.
 */
export function StockImport({ locale }: { locale: string }) {
  const t = useTranslations("coop.stock")
  const [state, action, pending] = useActionState<CoopFormState, FormData>(importStock, null)
  const onSubmit = useFormAction(action)
  const preview = state?.ok && state.values?.csv && state.changes?.length ? state : null
  return (
    <div className="space-y-3">
      <form action={action} onSubmit={onSubmit} noValidate className="space-y-3" aria-label={t("import")}>
        <input type="hidden" name="locale" value={locale} />
        <p className="text-sm text-muted">{t("importHint")}</p>
        <Field name="file" label={t("file")} error={state?.errors.file}>
          {(p) => <input {...p} type="file" accept=".csv,text/csv" className="block text-sm" />}
        </Field>
        <Field name="import-reason" label={t("reason")} error={state?.errors.reason}>
          {(p) => <input {...p} name="reason" placeholder={t("reasonPlaceholder")} defaultValue={state?.values?.reason ?? ""} className="field-input" />}
        </Field>
        <button type="submit" className="btn-secondary" disabled={pending}>
          {pending ? t("previewing") : t("preview")}
        </button>
      </form>
      <FormMessage state={state} />
      {state?.rowErrors && <RowErrors errors={state.rowErrors} />}
      {preview && (
        <form action={action} onSubmit={onSubmit} className="space-y-3 rounded-2xl bg-sand p-4" aria-label={t("apply", { count: preview.changes!.length })}>
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="csv" value={preview.values!.csv} />
          <input type="hidden" name="reason" value={preview.values!.reason} />
          <input type="hidden" name="apply" value="1" />
          <table className="w-full text-sm" data-testid="import-preview">
            <thead>
              <tr className="text-left text-muted">
                <th className="py-1 font-normal">SKU</th>
                <th className="py-1 text-right font-normal">{t("stocked")}</th>
              </tr>
            </thead>
            <tbody>
              {preview.changes!.map((c) => (
                <tr key={c.sku} className="border-t border-sand-dark">
                  <td className="py-1 font-mono text-xs">{c.sku}</td>
                  <td className="py-1 text-right tabular-nums">{c.from} → <strong>{c.to}</strong></td>
                </tr>
              ))}
            </tbody>
          </table>
          <button type="submit" className="btn-primary" disabled={pending}>
            {pending ? t("applying") : t("apply", { count: preview.changes!.length })}
          </button>
        </form>
      )}
    </div>
  )
}
