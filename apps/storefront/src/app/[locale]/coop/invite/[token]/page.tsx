import type { Metadata } from "next"
import { getFormatter, getTranslations } from "next-intl/server"
import { InviteForm } from "@/components/coop/invite-form"
import { ClientMessages } from "@/components/ui/client-messages"
import type { Locale } from "@/i18n/routing"
import { statusOf } from "@/lib/medusa/client"
import { lookupInvite } from "@/lib/medusa/coop"

type Props = { params: Promise<{ locale: string; token: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return { title: (await getTranslations({ locale, namespace: "coop.invite" }))("submit"), referrer: "no-referrer" }
}

/** Where an invitation link lands: what it is for, and the password form. */
export default async function InvitePage({ params }: Props) {
  const { locale, token } = await params
  const t = await getTranslations({ locale, namespace: "coop.invite" })
  const invite = /^[A-Za-z0-9_-]{20,100}$/.test(token)
    ? await lookupInvite(token).catch((error) => {
        if ([400, 404].includes(statusOf(error) ?? 0)) return null
        throw error
      })
    : null
  if (!invite) {
    return (
      <div className="mx-auto max-w-md space-y-4 px-4 py-10">
        <h1 className="text-2xl font-bold">{t("submit")}</h1>
        <p role="alert" className="rounded-xl bg-jujube/10 p-4 text-jujube">{t("invalid")}</p>
      </div>
    )
  }
  const format = await getFormatter({ locale })
  const name = locale === "en" ? invite.cooperative.name_en : invite.cooperative.name_zh
  return (
    <div className="mx-auto max-w-md space-y-6 px-4 py-10">
      <h1 className="text-2xl font-bold">{t("title", { name })}</h1>
      <p className="text-sm text-muted">
        {t("intro", { name, email: invite.email, date: format.dateTime(new Date(invite.expires_at), { dateStyle: "medium" }) })}
      </p>
      <ClientMessages namespaces={["coop", "form"]}>
        <InviteForm locale={locale as Locale} token={token} email={invite.email} cooperative={name} />
      </ClientMessages>
    </div>
  )
}
