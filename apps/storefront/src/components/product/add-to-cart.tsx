"use client"

import { useActionState, useState } from "react"
import Link from "next/link"
import { addToCart, type CartActionState } from "@/components/cart/actions"
import { PresaleBadge } from "./presale-badge"
import { useAnnounceCartChange } from "@/components/layout/cart-count"

export type VariantChoice = {
  id: string
  title: string
  price: string | null
  /** The struck-through list price while festival prices apply. */
  originalPrice: string | null
  perJin: string | null
  stockText: string
  soldOut: boolean
  /** 预售 and its ship-from day, for a pre-sale variant. */
  presale: { label: string; ships: string } | null
}

type Labels = { chooseWeight: string; quantity: string; addToCart: string; adding: string; viewCart: string; soldOut: string }

/** Weight options as radio cards with price and 斤 price, quantity and the add-to-cart button; `cartHref` is the localised cart path. */
export function AddToCart({ variants, labels, locale, cartHref }: { variants: VariantChoice[]; labels: Labels; locale: string; cartHref: string }) {
  const [state, action, pending] = useActionState<CartActionState, FormData>(addToCart, null)
  useAnnounceCartChange(state?.ok && state)
  const [selected, setSelected] = useState(() => variants.find((v) => !v.soldOut)?.id ?? "")
  const current = variants.find((v) => v.id === selected)
  return (
    <form action={action} className="space-y-4">
      <input type="hidden" name="locale" value={locale} />
      <fieldset>
        <legend className="mb-2 text-sm font-semibold">{labels.chooseWeight}</legend>
        <div className="grid grid-cols-1 gap-2 sm:grid-cols-3">
          {variants.map((v) => (
            <label
              key={v.id}
              className={`flex cursor-pointer items-center justify-between gap-2 rounded-xl border p-3 sm:flex-col sm:items-start ${
                v.id === selected ? "border-jujube bg-sand ring-1 ring-jujube" : "border-sand-dark"
              } ${v.soldOut ? "cursor-not-allowed opacity-60" : ""}`}
            >
              <span className="flex items-center gap-2">
                <input
                  type="radio"
                  name="variantId"
                  value={v.id}
                  checked={v.id === selected}
                  disabled={v.soldOut}
                  onChange={() => setSelected(v.id)}
                  className="accent-jujube"
                  aria-label={v.title}
                  aria-describedby={`variant-${v.id}-meta`}
                />
                <span className="font-semibold">{v.title}</span>
              </span>
              <span id={`variant-${v.id}-meta`} className="text-right text-sm sm:text-left">
                {v.price && (
                  <span className="block font-bold text-jujube">
                    {v.price}
                    {v.originalPrice && <s className="ml-1 text-xs font-normal text-muted">{v.originalPrice}</s>}
                  </span>
                )}
                {v.perJin && <span className="block text-xs text-muted">{v.perJin}</span>}
                <span className="block text-xs text-muted">{v.stockText}</span>
                {v.presale && <PresaleBadge {...v.presale} />}
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="flex items-end gap-3">
        <div>
          <label htmlFor="quantity" className="block text-sm font-medium">
            {labels.quantity}
          </label>
          <input id="quantity" name="quantity" type="number" inputMode="numeric" min={1} max={99} defaultValue={1} className="field-input w-20" />
        </div>
        <button type="submit" className="btn-primary flex-1" disabled={pending || !current || current.soldOut}>
          {current?.soldOut || !current ? labels.soldOut : pending ? labels.adding : labels.addToCart}
        </button>
      </div>
      <p role="status" aria-live="polite" className={`min-h-6 text-sm ${state?.ok === false ? "text-jujube" : "text-leaf"}`}>
        {state?.message}
        {state?.ok && (
          <>
            {" · "}
            <Link href={cartHref} className="font-semibold underline">
              {labels.viewCart}
            </Link>
          </>
        )}
      </p>
    </form>
  )
}
