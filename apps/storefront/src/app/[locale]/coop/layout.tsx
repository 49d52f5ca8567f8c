import type { Metadata } from "next"
import type { ReactNode } from "react"
import { getTranslations } from "next-intl/server"
import { LocaleSwitch } from "@/components/layout/locale-switch"
import { Link } from "@/i18n/link"
import type { Locale } from "@/i18n/routing"

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "coop" })
  return { title: { default: t("portal"), template: `%s · ${t("portal")}` }, robots: { index: false, follow: false } }
}

/** The co-op portal's own frame: no shop search or cart, its name, the language switch. */
export default async function CoopLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const locale = (await params).locale as Locale
  const [t, nav] = await Promise.all([getTranslations({ locale, namespace: "coop" }), getTranslations({ locale, namespace: "nav" })])
  return (
    <>
      <header className="border-b border-sand-dark bg-white">
        <div className="mx-auto flex max-w-5xl items-center justify-between gap-4 px-4 py-3">
          <Link href="/coop" className="font-bold text-jujube">{t("portalTagline")}</Link>
          <LocaleSwitch locale={locale} label={nav("switchLocale")} ariaLabel={nav("switchLocaleLabel")} />
        </div>
      </header>
      <main id="main" className="flex-1 bg-sand/40">{children}</main>
    </>
  )
}
