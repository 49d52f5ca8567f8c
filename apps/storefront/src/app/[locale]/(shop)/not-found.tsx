import { getLocale, getTranslations } from "next-intl/server"
import { Link } from "@/i18n/link"

export default async function NotFound() {
  const locale = await getLocale()
  const t = await getTranslations({ locale, namespace: "status" })
  return (
    <div className="mx-auto max-w-xl space-y-4 px-4 py-16 text-center">
      <p className="text-5xl font-bold text-jujube">404</p>
      <h1 className="text-2xl font-bold">{t("notFoundTitle")}</h1>
      <p className="text-muted">{t("notFoundText")}</p>
      <Link href="/" className="btn-primary">{t("backHome")}</Link>
    </div>
  )
}
