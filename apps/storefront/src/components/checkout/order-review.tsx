"use client"

import { useFormatter, useTranslations } from "next-intl"
import { LineLabel } from "@/components/order/line-label"
import { presaleBadge } from "@/lib/presale"
import type { CartLine } from "@/lib/medusa/types"
import { HEADING as heading } from "./styles"

/** The order at a glance beside the form: lines, subtotal, delivery, total and the place-order button. */
export function OrderReview(props: {
  lines: CartLine[]
  subtotal: number
  shippingAmount: number | null
  money: (n: number) => string
  pending: boolean
}) {
  const t = useTranslations("checkout")
  const tPresale = useTranslations("presale")
  const format = useFormatter()
  const { money } = props
  const total = props.subtotal + (props.shippingAmount ?? 0)
  return (
  <aside className="h-fit space-y-4 rounded-2xl bg-sand p-4 sm:p-6 lg:sticky lg:top-4" aria-labelledby="h-review">
    <h2 id="h-review" className={heading}>{t("review")}</h2>
    <ul className="space-y-2 text-sm">
      {props.lines.map((l) => (
        <li key={l.id} className="flex justify-between gap-3">
          <LineLabel line={l} presale={l.shipsOn ? presaleBadge(tPresale, format, l.shipsOn) : null} />
          <span className="tabular-nums">{money(l.total)}</span>
        </li>
      ))}
    </ul>
    <dl className="space-y-1 border-t border-sand-dark pt-3 text-sm">
      <div className="flex justify-between"><dt>{t("subtotal")}</dt><dd className="tabular-nums">{money(props.subtotal)}</dd></div>
      <div className="flex justify-between"><dt>{t("shippingCost")}</dt><dd className="tabular-nums">{props.shippingAmount !== null ? money(props.shippingAmount) : "—"}</dd></div>
      <div className="flex justify-between pt-2 text-lg font-bold"><dt>{t("total")}</dt><dd className="tabular-nums text-jujube" data-testid="checkout-total">{money(total)}</dd></div>
    </dl>
    <button type="submit" className="btn-primary w-full" disabled={props.pending}>
      {props.pending ? t("placing") : t("placeOrder")}
    </button>
  </aside>
  )
}
