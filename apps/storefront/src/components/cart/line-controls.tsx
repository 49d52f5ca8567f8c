"use client"

import { useActionState } from "react"
import { useTranslations } from "next-intl"
import { updateLineQuantity, type CartActionState } from "./actions"
import { useAnnounceCartChange } from "@/components/layout/cart-count"

/**
 * −, quantity, + and remove for one cart line; each button submits the quantity it stands for. `left` (boxes still in
 * stock, when counted) stops + at what can be bought.
 */
export function LineControls({ lineId, quantity, title, locale, left = null }: { lineId: string; quantity: number; title: string; locale: string; left?: number | null }) {
  const t = useTranslations("cart")
  const [state, action, pending] = useActionState<CartActionState, FormData>(updateLineQuantity, null)
  useAnnounceCartChange(state?.ok && state)
  const button = "flex h-9 w-9 items-center justify-center rounded-full border border-sand-dark text-lg disabled:opacity-40"
  return (
    <form action={action} className="flex flex-wrap items-center gap-2" aria-busy={pending}>
      <input type="hidden" name="lineId" value={lineId} />
      <input type="hidden" name="locale" value={locale} />
      <button type="submit" name="quantity" value={quantity - 1} className={button} aria-label={t("decrease", { title })} disabled={pending || quantity <= 1}>
        −
      </button>
      <span className="min-w-6 text-center tabular-nums" data-testid="line-quantity" aria-label={t("quantity")}>
        {quantity}
      </span>
      <button type="submit" name="quantity" value={quantity + 1} className={button} aria-label={t("increase", { title })} disabled={pending || (left !== null && quantity >= left)}>
        +
      </button>
      <button type="submit" name="quantity" value={0} className="ml-2 text-sm text-muted underline" aria-label={t("removeLabel", { title })} disabled={pending}>
        {t("remove")}
      </button>
      <span role="status" aria-live="polite" className={`w-full text-xs ${state?.ok === false ? "text-jujube" : "text-muted"}`}>
        {state && !state.ok ? state.message : ""}
      </span>
    </form>
  )
}
