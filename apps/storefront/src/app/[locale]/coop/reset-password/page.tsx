import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { NewPasswordForm } from "@/components/coop/reset-forms"
import { ClientMessages } from "@/components/ui/client-messages"
import { Link } from "@/i18n/link"
import type { Locale } from "@/i18n/routing"

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ token?: string; email?: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return { title: (await getTranslations({ locale, namespace: "coop.reset" }))("title"), referrer: "no-referrer" }
}

/** Where a reset link lands: Medusa's token and the email come in the query. */
export default async function ResetPasswordPage({ params, searchParams }: Props) {
  const { locale } = await params
  const { token = "", email = "" } = await searchParams
  const t = await getTranslations({ locale, namespace: "coop.reset" })
  return (
    <div className="mx-auto max-w-md space-y-6 px-4 py-10">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {token && email ? (
        <>
          <p className="text-sm text-muted">{email}</p>
          <ClientMessages namespaces={["coop", "form"]}>
            <NewPasswordForm locale={locale as Locale} token={token} email={email} />
          </ClientMessages>
        </>
      ) : (
        <p role="alert" className="rounded-xl bg-jujube/10 p-4 text-jujube">
          {t("expired")} <Link href="/coop/forgot-password" className="underline">{t("send")}</Link>
        </p>
      )}
    </div>
  )
}
