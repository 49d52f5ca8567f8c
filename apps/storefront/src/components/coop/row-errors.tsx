"use client"

import type { CoopStockRowError } from "@tarim/contracts"
import { useTranslations } from "next-intl"

/** Every row of a stock file or change that cannot be used, in the member's language. */
export function RowErrors({ errors }: { errors: CoopStockRowError[] }) {
  const t = useTranslations("coop.stock")
  if (!errors.length) return null
  return (
    <ul className="list-disc space-y-1 pl-5 text-sm text-jujube" data-testid="row-errors">
      {errors.map((e) => (
        <li key={`${e.row}-${e.code}`}>
          {t("row", { row: e.row })}：
          {t(`errors.${e.code}`, { sku: e.sku ?? "", value: e.value ?? "", reserved: e.reserved ?? 0, first_row: e.first_row ?? 0 })}
        </li>
      ))}
    </ul>
  )
}
