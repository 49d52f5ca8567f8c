import { getTranslations } from "next-intl/server"
import { formatMoney } from "@/lib/money"
import type { Festival } from "@/lib/medusa/types"
import { Countdown } from "./countdown"

/** Sold tonnes against the target as a bar, with orders and turnover; for a dark (jujube) background. */
export async function FestivalProgress({ festival, locale }: { festival: Festival; locale: string }) {
  const t = await getTranslations({ locale, namespace: "home" })
  const label = t("progressLabel", { tonnes: festival.progress.tonnes, target: festival.targetKg / 1000 })
  return (
    <div className="max-w-xl space-y-1" data-testid="festival-progress">
      <div
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(festival.progress.percent)}
        aria-label={label}
        className="h-3 overflow-hidden rounded-full bg-white/25"
      >
        <div className="h-full rounded-full bg-gold" style={{ width: festival.progress.percent > 0 ? `max(0.5rem, ${festival.progress.percent}%)` : 0 }} />
      </div>
      <p className="text-sm">{label}</p>
      <p className="text-xs text-white/80">
        {t("progressOrders", { orders: festival.progress.orders, amount: formatMoney(festival.progress.amountCny, "cny", locale) })}
      </p>
    </div>
  )
}

/** The countdown to the festival's start (upcoming) or end (live); "ended" when it is over. */
export async function FestivalClock({ festival, locale }: { festival: Festival; locale: string }) {
  const t = await getTranslations({ locale, namespace: "home" })
  if (festival.status === "ended") return <p className="font-medium">{t("ended")}</p>
  const upcoming = festival.status === "upcoming"
  return (
    <Countdown
      target={upcoming ? festival.startsAt : festival.endsAt}
      label={upcoming ? t("startsIn") : t("endsIn")}
      labels={{ days: t("days"), hours: t("hours"), minutes: t("minutes"), seconds: t("seconds") }}
    />
  )
}
