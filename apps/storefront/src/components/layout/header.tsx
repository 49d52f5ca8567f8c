import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/link"
import type { Locale } from "@/i18n/routing"
import { getCurrentFestival } from "@/lib/medusa/festival"
import { CartCount } from "./cart-count"
import { HeaderSearch } from "./header-search"
import { LocaleSwitch } from "./locale-switch"
import { localePath } from "@/i18n/paths"

/** Site header: logo, search box, the current festival, language switch, account and cart. */
export async function Header({ locale }: { locale: Locale }) {
  const [t, meta, festival] = await Promise.all([
    getTranslations({ locale, namespace: "nav" }),
    getTranslations({ locale, namespace: "meta" }),
    getCurrentFestival(locale),
  ])
  return (
    <header className="border-b border-sand-dark bg-white">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:p-2">
        {t("skip")}
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
        <Link href="/" className="flex items-center gap-2 text-lg font-bold text-jujube">
          <svg aria-hidden="true" width="28" height="28" viewBox="0 0 32 32">
            <ellipse cx="16" cy="18" rx="10" ry="12" fill="#9f1d18" />
            <path d="M16 6q2-4 6-5" stroke="#3f6b2a" strokeWidth="3" fill="none" />
          </svg>
          {meta("siteName")}
        </Link>
        <nav aria-label={t("home")} className="ml-auto flex items-center gap-4 pr-3 text-sm sm:order-3">
          {festival && festival.status !== "ended" && (
            <Link href={`/festivals/${festival.handle}`} className="hidden font-semibold text-jujube hover:underline sm:inline">
              {t("festival")}
            </Link>
          )}
          <LocaleSwitch locale={locale} label={t("switchLocale")} ariaLabel={t("switchLocaleLabel")} />
          <Link href="/account" className="text-ink hover:text-jujube">
            {t("account")}
          </Link>
          <Link href="/cart" className="inline-flex items-center gap-1 text-ink hover:text-jujube" data-testid="cart-link">
            <span aria-hidden="true">{t("cart")}</span>
            <CartCount locale={locale} cart={t("cart")} one={t.raw("cartCountOne")} other={t.raw("cartCountOther")} />
          </Link>
        </nav>
        <HeaderSearch
          action={localePath("/search", locale as Locale)}
          label={t("searchLabel")}
          placeholder={t("searchPlaceholder")}
          button={t("search")}
        />
      </div>
    </header>
  )
}
