import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { CoopLoginForm } from "@/components/coop/login-form"
import { ClientMessages } from "@/components/ui/client-messages"
import { Link } from "@/i18n/link"

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ expired?: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return { title: (await getTranslations({ locale, namespace: "coop.login" }))("title") }
}

export default async function CoopLoginPage({ params, searchParams }: Props) {
  const { locale } = await params
  const { expired } = await searchParams
  const t = await getTranslations({ locale, namespace: "coop.login" })
  return (
    <div className="mx-auto max-w-md space-y-6 px-4 py-10">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {expired && <p role="status" className="rounded-xl bg-gold/15 p-3 text-sm">{t("signedOut")}</p>}
      <p className="text-sm text-muted">{t("intro")}</p>
      <ClientMessages namespaces={["coop", "form"]}>
        <CoopLoginForm locale={locale} />
      </ClientMessages>
      <p className="text-sm">
        <Link href="/coop/forgot-password" className="font-semibold text-jujube underline">{t("forgot")}</Link>
      </p>
      <p className="text-sm text-muted">{t("noAccount")}</p>
    </div>
  )
}
