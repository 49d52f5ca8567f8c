import { getTranslations } from "next-intl/server"

export async function Footer({ locale }: { locale: string }) {
  const t = await getTranslations({ locale, namespace: "footer" })
  const meta = await getTranslations({ locale, namespace: "meta" })
  return (
    <footer className="mt-16 border-t border-sand-dark bg-sand">
      <div className="mx-auto max-w-6xl space-y-2 px-4 py-8 text-sm text-muted">
        <p className="font-semibold text-ink">{meta("siteName")}</p>
        <p>{t("about")}</p>
        <p>{t("pay")}</p>
      </div>
    </footer>
  )
}
