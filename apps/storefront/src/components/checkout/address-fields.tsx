"use client"

import { useTranslations } from "next-intl"
import { Field } from "@/components/ui/field"
import { PROVINCES } from "@/lib/provinces"
import type { AddressInput } from "@/lib/validation"
import { HEADING as heading, SECTION as section } from "./styles"

/** Contact email and the Chinese address (province, city, district, street), as typed or saved, with field errors. */
export function AddressFields({ locale, values, errors }: { locale: string; values: Partial<AddressInput>; errors: Record<string, string> }) {
  const t = useTranslations("checkout")
  return (
    <>
    <section className={section} aria-labelledby="h-contact">
      <h2 id="h-contact" className={heading}>{t("contact")}</h2>
      <Field name="email" label={t("email")} hint={t("emailHint")} error={errors.email}>
        {(p) => <input {...p} type="email" autoComplete="email" defaultValue={values.email ?? ""} className="field-input" />}
      </Field>
    </section>

    <section className={section} aria-labelledby="h-address">
      <h2 id="h-address" className={heading}>{t("address")}</h2>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="name" label={t("name")} error={errors.name}>
          {(p) => <input {...p} autoComplete="name" defaultValue={values.name ?? ""} className="field-input" />}
        </Field>
        <Field name="phone" label={t("phone")} hint={t("phoneHint")} error={errors.phone}>
          {(p) => <input {...p} type="tel" inputMode="numeric" autoComplete="tel-national" maxLength={16} defaultValue={values.phone ?? ""} className="field-input" />}
        </Field>
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field name="province" label={t("province")} error={errors.province}>
          {(p) => (
            <select {...p} autoComplete="address-level1" defaultValue={values.province ?? ""} className="field-input">
              <option value="">{t("provincePlaceholder")}</option>
              {PROVINCES.map((pr) => (
                <option key={pr.zh} value={pr.zh}>
                  {locale === "en" ? `${pr.en} ${pr.zh}` : pr.zh}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="city" label={t("city")} error={errors.city}>
          {(p) => <input {...p} autoComplete="address-level2" defaultValue={values.city ?? ""} className="field-input" />}
        </Field>
        <Field name="district" label={t("district")} error={errors.district}>
          {(p) => <input {...p} autoComplete="address-level3" defaultValue={values.district ?? ""} className="field-input" />}
        </Field>
      </div>
      <Field name="street" label={t("street")} hint={t("streetHint")} error={errors.street}>
        {(p) => <input {...p} autoComplete="street-address" defaultValue={values.street ?? ""} className="field-input" />}
      </Field>
    </section>
    </>
  )
}
