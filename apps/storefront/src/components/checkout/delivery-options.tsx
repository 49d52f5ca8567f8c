"use client"

import { useTranslations } from "next-intl"
import type { ShippingOption } from "@/lib/medusa/types"
import { HEADING as heading, SECTION as section } from "./styles"

/** The delivery methods Medusa offers for the cart, with their prices. */
export function DeliveryOptions(props: {
  options: ShippingOption[]
  shippingId: string
  onChange: (id: string) => void
  money: (n: number) => string
  error?: string
}) {
  const t = useTranslations("checkout")
  const { shippingId, money } = props
  return (
    <section className={section} aria-labelledby="h-shipping">
      <fieldset aria-describedby={props.error ? "shipping-error" : undefined} aria-invalid={props.error ? true : undefined}>
        <legend id="h-shipping" className={`${heading} mb-3`}>{t("shipping")}</legend>
        <div className="space-y-2">
          {props.options.map((o) => (
            <label key={o.id} className={`flex cursor-pointer items-center gap-3 rounded-xl border p-3 ${o.id === shippingId ? "border-jujube bg-sand" : "border-sand-dark"}`}>
              <input type="radio" name="shippingOptionId" value={o.id} checked={o.id === shippingId} onChange={() => props.onChange(o.id)} className="accent-jujube" />
              <span className="flex-1 font-medium">{o.name}</span>
              <span className="font-semibold">{money(o.amount)}</span>
            </label>
          ))}
        </div>
        {props.error && <p id="shipping-error" className="mt-2 text-sm font-medium text-jujube">{props.error}</p>}
      </fieldset>
    </section>
  )
}
