import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { AccountForm } from "@/components/account/account-form"
import { ClientMessages } from "@/components/ui/client-messages"
import { Link } from "@/i18n/link"
import { redirect } from "@/i18n/navigation"
import { getCustomer } from "@/lib/medusa/customer"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "account" })
  return { title: t("loginTitle"), robots: { index: false } }
}

export default async function LoginPage({ params }: Props) {
  const { locale } = await params
  if (await getCustomer()) redirect({ href: "/account", locale })
  const t = await getTranslations({ locale, namespace: "account" })
  return (
    <div className="mx-auto max-w-md space-y-6 px-4 py-8">
      <h1 className="text-2xl font-bold">{t("loginTitle")}</h1>
      <ClientMessages namespaces={["account", "form"]}>
        <AccountForm mode="login" locale={locale} />
      </ClientMessages>
      <p className="text-sm">
        {t("noAccount")} <Link href="/account/register" className="font-semibold text-jujube underline">{t("register")}</Link>
      </p>
    </div>
  )
}
