import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { formatMoney } from "@/lib/money"
import type { Festival } from "@/lib/medusa/types"
import { Countdown } from "./countdown"

/**
 * The home page hero. With a current festival it shows its title, a countdown to its start or end and the sold
 * tonnes against the target; without one (404 or backend error) only the shop's own headline, never made-up figures.
 */
export async function FestivalHero({ festival, locale }: { festival: Festival | null; locale: string }) {
  const t = await getTranslations({ locale, namespace: "home" })
  const labels = { days: t("days"), hours: t("hours"), minutes: t("minutes"), seconds: t("seconds") }
  return (
    <section className="bg-jujube text-white" aria-labelledby="hero-title">
      <div className="mx-auto max-w-6xl space-y-4 px-4 py-8 sm:py-12">
        <p className="text-sm font-medium text-white/85">{t("heroKicker")}</p>
        <h1 id="hero-title" className="text-3xl leading-tight font-bold sm:text-5xl">
          {festival?.title ?? t("heroTitle")}
        </h1>
        <p className="max-w-2xl text-base text-white/90">{festival?.description || t("heroText")}</p>
        {festival && festival.status !== "ended" && (
          <Countdown
            target={festival.status === "upcoming" ? festival.startsAt : festival.endsAt}
            label={festival.status === "upcoming" ? t("startsIn") : t("endsIn")}
            labels={labels}
          />
        )}
        {festival?.status === "ended" && <p className="font-medium">{t("ended")}</p>}
        {festival && festival.status !== "upcoming" && (
          <div className="max-w-xl space-y-1" data-testid="festival-progress">
            <div
              role="progressbar"
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={Math.round(festival.progress.percent)}
              aria-label={t("progressLabel", { tonnes: festival.progress.tonnes, target: festival.targetKg / 1000 })}
              className="h-3 overflow-hidden rounded-full bg-white/25"
            >
              <div className="h-full rounded-full bg-gold" style={{ width: festival.progress.percent > 0 ? `max(0.5rem, ${festival.progress.percent}%)` : 0 }} />
            </div>
            <p className="text-sm">{t("progressLabel", { tonnes: festival.progress.tonnes, target: festival.targetKg / 1000 })}</p>
            <p className="text-xs text-white/80">
              {t("progressOrders", { orders: festival.progress.orders, amount: formatMoney(festival.progress.amountCny, "cny", locale) })}
            </p>
          </div>
        )}
        <Link href="/products" className="inline-flex min-h-11 items-center rounded-full bg-white px-6 font-semibold text-jujube">
          {t("shopNow")}
        </Link>
      </div>
    </section>
  )
}
