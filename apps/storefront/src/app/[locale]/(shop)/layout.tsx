import type { ReactNode } from "react"
import { Footer } from "@/components/layout/footer"
import { Header } from "@/components/layout/header"
import type { Locale } from "@/i18n/routing"

/** The shop's pages: header (search, cart, account), content, footer. */
export default async function ShopLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const locale = (await params).locale as Locale
  return (
    <>
      {/* No NextIntlClientProvider here: pages with translated Client Components wrap them in ClientMessages. */}
      <Header locale={locale} />
      <main id="main" className="flex-1">
        {children}
      </main>
      <Footer locale={locale} />
    </>
  )
}
