import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/link"
import type { Festival } from "@/lib/medusa/types"
import { FestivalClock, FestivalProgress } from "./festival-status"

/**
 * The home page hero. With a current festival it shows its title, a countdown to its start or end, the sold
 * tonnes against the target and a link to the festival page; without one (404 or backend error) only the shop's own
 * headline, never made-up figures.
 */
export async function FestivalHero({ festival, locale }: { festival: Festival | null; locale: string }) {
  const t = await getTranslations({ locale, namespace: "home" })
  return (
    <section className="bg-jujube text-white" aria-labelledby="hero-title">
      <div className="mx-auto max-w-6xl space-y-4 px-4 py-8 sm:py-12">
        <p className="text-sm font-medium text-white/85">{t("heroKicker")}</p>
        <h1 id="hero-title" className="text-3xl leading-tight font-bold sm:text-5xl">
          {festival?.title ?? t("heroTitle")}
        </h1>
        <p className="max-w-2xl text-base text-white/90">{festival?.description || t("heroText")}</p>
        {festival && <FestivalClock festival={festival} locale={locale} />}
        {festival && festival.status !== "upcoming" && <FestivalProgress festival={festival} locale={locale} />}
        <div className="flex flex-wrap gap-3">
          <Link href="/products" className="inline-flex min-h-11 items-center rounded-full bg-white px-6 font-semibold text-jujube">
            {t("shopNow")}
          </Link>
          {festival && (
            <Link
              href={`/festivals/${festival.handle}`}
              className="inline-flex min-h-11 items-center rounded-full border border-white/70 px-6 font-semibold text-white hover:bg-white/10"
            >
              {t("seeFestival")}
            </Link>
          )}
        </div>
      </div>
    </section>
  )
}
