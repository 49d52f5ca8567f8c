import { getTranslations } from "next-intl/server"
import type { Festival } from "@/lib/medusa/types"
import { Countdown } from "./countdown"
import { LiveProgress } from "./live-progress"
import { progressView } from "./progress-view"

/** Sold tonnes against the target as a bar, with orders and turnover, kept current from the browser. */
export async function FestivalProgress({ festival, locale }: { festival: Festival; locale: string }) {
  const src = `/api/festivals/${encodeURIComponent(festival.handle)}/progress?locale=${encodeURIComponent(locale)}`
  return <LiveProgress initial={await progressView(festival, locale)} src={src} />
}

/**
 * The countdown to the festival's start (upcoming) or end (live); "ended" when it is over. Its first paint shows the
 * time left when the page was rendered; the browser corrects it to its own clock and ticks.
 */
export async function FestivalClock({ festival, locale }: { festival: Festival; locale: string }) {
  const t = await getTranslations({ locale, namespace: "home" })
  if (festival.status === "ended") return <p className="font-medium">{t("ended")}</p>
  const upcoming = festival.status === "upcoming"
  return (
    <Countdown
      target={upcoming ? festival.startsAt : festival.endsAt}
      renderedAt={Date.now()}
      label={upcoming ? t("startsIn") : t("endsIn")}
      labels={{ days: t("days"), hours: t("hours"), minutes: t("minutes"), seconds: t("seconds") }}
    />
  )
}
