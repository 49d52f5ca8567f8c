import type { Metadata, Viewport } from "next"
import type { ReactNode } from "react"
import { preconnect } from "react-dom"
import { notFound } from "next/navigation"
import { hasLocale } from "next-intl"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { routing } from "@/i18n/routing"
import { getConfig } from "@/lib/config"
import { localePath } from "@/i18n/paths"

export const viewport: Viewport = { themeColor: "#9f1d18", width: "device-width", initialScale: 1 }

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "meta" })
  let siteUrl = "http://localhost:8000"
  try {
    siteUrl = getConfig().siteUrl
  } catch {}
  return {
    metadataBase: new URL(siteUrl),
    title: { default: `${t("siteName")} · ${t("tagline")}`, template: `%s · ${t("siteName")}` },
    description: t("description"),
    openGraph: { siteName: t("siteName"), locale: locale === "en" ? "en_US" : "zh_CN", type: "website" },
    alternates: { languages: Object.fromEntries(routing.locales.map((l) => [l, localePath("/", l)])) },
  }
}

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  // Product pictures come from the backend's origin: open that connection while the HTML is still arriving.
  preconnect(getConfig().backendUrl)
  return (
    <html lang={locale}>
      {/* The shop's header and footer are in (shop)/layout.tsx, the co-op portal's chrome in coop/. */}
      <body className="flex min-h-screen flex-col">{children}</body>
    </html>
  )
}
