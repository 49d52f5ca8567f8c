import { getTranslations } from "next-intl/server"
import type { Variant } from "@/lib/medusa/types"

const styles = {
  in_stock: "bg-leaf/10 text-leaf",
  low: "bg-gold/15 text-[#8a5a16]",
  sold_out: "bg-muted/15 text-muted",
} as const

/** "有货 / 仅剩 n 件 / 已售罄" for one variant. */
export async function StockBadge({ variant, locale }: { variant: Variant; locale: string }) {
  const t = await getTranslations({ locale, namespace: "product" })
  const text =
    variant.stock === "sold_out" ? t("soldOut") : variant.stock === "low" ? t("low", { count: variant.available ?? 0 }) : t("inStock")
  return <span className={`inline-block rounded-full px-2 py-0.5 text-xs font-medium ${styles[variant.stock]}`}>{text}</span>
}
