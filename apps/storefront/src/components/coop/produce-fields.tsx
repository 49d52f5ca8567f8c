"use client"

import type { CoopProduceFacts } from "@tarim/contracts"
import { useTranslations } from "next-intl"
import { Field } from "@/components/ui/field"

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1)

/** The produce facts part of the product form: origin, grade, harvest months, storage, shelf life, cold chain. */
export function ProduceFields({ facts, errors }: { facts: CoopProduceFacts; errors: Record<string, string> }) {
  const t = useTranslations("coop.products")
  const month = (name: "harvest_from_month" | "harvest_to_month", label: string) => (
    <Field name={name} label={label}>
      {(p) => (
        <select {...p} defaultValue={facts[name]} className="field-input">
          {MONTHS.map((m) => (
            <option key={m} value={m}>{t("month", { month: m })}</option>
          ))}
        </select>
      )}
    </Field>
  )
  return (
    <fieldset className="grid gap-3 rounded-xl bg-sand p-3 sm:grid-cols-2">
      <legend className="px-1 text-sm font-medium">{t("produce")}</legend>
      <Field name="origin_zh" label={t("originZh")} error={errors.origin_zh}>
        {(p) => <input {...p} defaultValue={facts.origin_zh} className="field-input" />}
      </Field>
      <Field name="origin_en" label={t("originEn")} error={errors.origin_en}>
        {(p) => <input {...p} defaultValue={facts.origin_en} className="field-input" />}
      </Field>
      <Field name="grade" label={t("grade")}>
        {(p) => (
          <select {...p} defaultValue={facts.grade} className="field-input">
            {(["special", "first", "second"] as const).map((g) => (
              <option key={g} value={g}>{t(`grades.${g}`)}</option>
            ))}
          </select>
        )}
      </Field>
      <Field name="shelf_life_days" label={t("shelfLife")} error={errors.shelf_life_days}>
        {(p) => <input {...p} inputMode="numeric" defaultValue={facts.shelf_life_days} className="field-input" />}
      </Field>
      {month("harvest_from_month", t("harvestFrom"))}
      {month("harvest_to_month", t("harvestTo"))}
      <Field name="storage_zh" label={t("storageZh")} error={errors.storage_zh}>
        {(p) => <input {...p} defaultValue={facts.storage_zh} className="field-input" />}
      </Field>
      <Field name="storage_en" label={t("storageEn")} error={errors.storage_en}>
        {(p) => <input {...p} defaultValue={facts.storage_en} className="field-input" />}
      </Field>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="cold_chain" value="1" defaultChecked={facts.cold_chain} />
        {t("coldChain")}
      </label>
    </fieldset>
  )
}
