import { getLocale, getTranslations } from "next-intl/server"

export default async function Loading() {
  const t = await getTranslations({ locale: await getLocale(), namespace: "status" })
  return (
    <div aria-busy="true">
      <p className="sr-only" role="status">{t("loading")}</p>
      <div className="bg-jujube">
        <div className="mx-auto max-w-6xl space-y-4 px-4 py-8 sm:py-12">
          <div className="h-4 w-24 animate-pulse rounded bg-white/20" />
          <div className="h-10 w-3/4 max-w-lg animate-pulse rounded bg-white/20" />
          <div className="h-4 w-full max-w-xl animate-pulse rounded bg-white/20" />
          <div className="h-3 w-full max-w-xl animate-pulse rounded-full bg-white/20" />
        </div>
      </div>
      <div className="mx-auto grid max-w-6xl grid-cols-2 gap-3 px-4 py-8 sm:grid-cols-3 lg:grid-cols-4">
        {Array.from({ length: 4 }, (_, i) => (
          <div key={i} className="aspect-[3/4] animate-pulse rounded-2xl bg-sand" />
        ))}
      </div>
    </div>
  )
}
