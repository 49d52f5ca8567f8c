import { formatMoney } from "@/lib/money"

/** A price in yuan, formatted once for the whole site. */
export function Price({ amount, currency = "cny", locale, className }: { amount: number; currency?: string; locale: string; className?: string }) {
  return <span className={className}>{formatMoney(amount, currency, locale)}</span>
}
