import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { SearchView } from "@/components/search/search-view"
import { ClientMessages } from "@/components/ui/client-messages"
import { parseSearchParams, searchProducts } from "@/lib/medusa/search"

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await params
  const { q } = parseSearchParams(await searchParams)
  const t = await getTranslations({ locale, namespace: "search" })
  return { title: q ? t("resultsFor", { q }) : t("title"), robots: { index: false } }
}

/** Product search: the first page is rendered here, later changes come from GET /api/search as the shopper types. */
export default async function SearchPage({ params, searchParams }: Props) {
  const { locale } = await params
  const state = parseSearchParams(await searchParams)
  const t = await getTranslations({ locale, namespace: "search" })
  // A failed first search still renders the page: the view shows its error state with a retry.
  const result = await searchProducts(state, locale).catch(() => null)
  return (
    <div className="mx-auto max-w-6xl space-y-4 px-4 py-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <ClientMessages namespaces={["search"]}>
        <SearchView key={locale} initialState={state} initialResult={result} />
      </ClientMessages>
    </div>
  )
}
