"use client"

import type { CoopProduct } from "@tarim/contracts"
import { useActionState } from "react"
import { useTranslations } from "next-intl"
import { Field } from "@/components/ui/field"
import { useFormAction } from "@/components/ui/use-form-action"
import type { CoopFormState } from "./form"
import { saveProduct } from "./product-actions"
import { FormMessage } from "./form-message"
import { ProduceFields } from "./produce-fields"

/** A co-op product's texts, its sizes' CNY prices and whether it is on sale. */
export function ProductForm({ locale, product }: { locale: string; product: CoopProduct }) {
  const t = useTranslations("coop.products")
  const [state, action, pending] = useActionState<CoopFormState, FormData>(saveProduct, null)
  const onSubmit = useFormAction(action)
  const errors = state?.errors ?? {}
  return (
    <form action={action} onSubmit={onSubmit} noValidate className="space-y-4">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="id" value={product.id} />
      <FormMessage state={state} />
      <Field name="title" label={t("productTitle")} error={errors.title}>
        {(p) => <input {...p} defaultValue={product.title} className="field-input" />}
      </Field>
      <Field name="subtitle" label={t("subtitle")}>
        {(p) => <input {...p} defaultValue={product.subtitle ?? ""} className="field-input" />}
      </Field>
      <Field name="description" label={t("description")}>
        {(p) => <textarea {...p} rows={5} defaultValue={product.description ?? ""} className="field-input" />}
      </Field>
      {product.produce && <ProduceFields facts={product.produce} errors={errors} />}
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">{t("variants")}</legend>
        {product.variants.map((v) => (
          <div key={v.id} className="flex flex-wrap items-center gap-3 rounded-xl bg-sand p-3">
            <input type="hidden" name="variant_id" value={v.id} />
            <span className="min-w-24 font-medium">{v.title}</span>
            <span className="font-mono text-xs text-muted">{v.sku}</span>
            <label htmlFor={`price-${v.id}`} className="ml-auto text-sm text-muted">{t("price")}</label>
            <input
              id={`price-${v.id}`}
              name="price"
              inputMode="decimal"
              defaultValue={v.price ?? ""}
              aria-invalid={errors[`price-${v.id}`] ? true : undefined}
              className="field-input w-28 text-right"
            />
          </div>
        ))}
      </fieldset>
      <fieldset className="flex gap-4 text-sm">
        <legend className="sr-only">{t("status.published")}</legend>
        {(["published", "draft"] as const).map((status) => (
          <label key={status} className="flex items-center gap-2">
            <input type="radio" name="status" value={status} defaultChecked={product.status === status} />
            {t(status === "published" ? "publish" : "unpublish")}
          </label>
        ))}
      </fieldset>
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? t("saving") : t("save")}
      </button>
    </form>
  )
}
