import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { RequestResetForm } from "@/components/coop/reset-forms"
import { ClientMessages } from "@/components/ui/client-messages"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return { title: (await getTranslations({ locale, namespace: "coop.reset" }))("title") }
}

export default async function ForgotPasswordPage({ params }: Props) {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "coop.reset" })
  return (
    <div className="mx-auto max-w-md space-y-6 px-4 py-10">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-sm text-muted">{t("intro")}</p>
      <ClientMessages namespaces={["coop", "form"]}>
        <RequestResetForm locale={locale} />
      </ClientMessages>
    </div>
  )
}
