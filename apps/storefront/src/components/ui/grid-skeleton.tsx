import { getLocale, getTranslations } from "next-intl/server"

/** Placeholder for a page of product cards while it loads (category and search pages). */
export async function GridSkeleton() {
  const t = await getTranslations({ locale: await getLocale(), namespace: "status" })
  return (
    <div className="mx-auto max-w-6xl px-4 py-6" aria-busy="true">
      <p className="sr-only" role="status">{t("loading")}</p>
      <div className="mb-4 h-8 w-48 animate-pulse rounded bg-sand" />
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4">
        {Array.from({ length: 4 }, (_, i) => (
          <div key={i} className="aspect-[3/4] animate-pulse rounded-2xl bg-sand" />
        ))}
      </div>
    </div>
  )
}
