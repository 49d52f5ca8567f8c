import type { ReactNode } from "react"
import { getTranslations } from "next-intl/server"
import { logout } from "@/components/coop/actions"
import { Link } from "@/i18n/link"
import { redirect } from "@/i18n/navigation"
import { coopMe, CoopSignedOut } from "@/lib/medusa/coop"

/** Every signed-in portal page: the member's co-op, the sections, log out. Signed out → the login page. */
export default async function PortalLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params
  const me = await coopMe().catch((error) => {
    if (error instanceof CoopSignedOut) return null
    throw error
  })
  if (!me) redirect({ href: "/coop/login", locale })
  const t = await getTranslations({ locale, namespace: "coop.nav" })
  const name = locale === "en" ? me!.cooperative.name_en : me!.cooperative.name_zh
  const links = [
    ["/coop", t("dashboard")],
    ["/coop/orders", t("orders")],
    ["/coop/stock", t("stock")],
    ["/coop/products", t("products")],
  ] as const
  return (
    <div className="mx-auto max-w-5xl space-y-6 px-4 py-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <p className="font-bold" data-testid="coop-name">{name}</p>
          <p className="text-xs text-muted">{me!.member.email}</p>
        </div>
        <form action={logout}>
          <input type="hidden" name="locale" value={locale} />
          <button type="submit" className="text-sm underline">{t("logout")}</button>
        </form>
      </div>
      <nav aria-label={t("menu")} className="-mx-4 overflow-x-auto px-4">
        <ul className="flex gap-2 text-sm font-medium">
          {links.map(([href, label]) => (
            <li key={href}>
              <Link href={href} className="block rounded-full bg-white px-4 py-2 whitespace-nowrap shadow-sm hover:text-jujube">{label}</Link>
            </li>
          ))}
        </ul>
      </nav>
      {children}
    </div>
  )
}
