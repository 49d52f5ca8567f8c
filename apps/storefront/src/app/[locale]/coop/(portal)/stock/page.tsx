import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { StockAdjustForm } from "@/components/coop/stock-adjust-form"
import { StockImport } from "@/components/coop/stock-import"
import { ClientMessages } from "@/components/ui/client-messages"
import { coopStock } from "@/lib/medusa/coop"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return { title: (await getTranslations({ locale, namespace: "coop.stock" }))("title") }
}

/** Stock at the co-op's warehouse, one card per variant (a table on wide screens would hide the form on phones). */
export default async function CoopStockPage({ params }: Props) {
  const { locale } = await params
  const [t, { levels }] = await Promise.all([getTranslations({ locale, namespace: "coop.stock" }), coopStock()])
  return (
    <ClientMessages namespaces={["coop", "form"]}>
      <div className="space-y-6">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h1 className="text-2xl font-bold">{t("title")}</h1>
          <a href={`/api/coop/stock-export`} className="btn-secondary" download="stock.csv">{t("export")}</a>
        </div>
        {levels.length === 0 && <p>{t("empty")}</p>}
        <ul className="space-y-3">
          {levels.map((l) => (
            <li key={`${l.inventory_item_id}-${l.location_id}`} className="space-y-3 rounded-2xl bg-white p-4 shadow-sm" data-testid={`stock-${l.sku}`}>
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <p className="font-semibold">
                  {l.product_title} · {l.variant_title}
                  {l.low && <span className="ml-2 rounded-full bg-jujube/10 px-2 py-0.5 text-xs text-jujube">{t("low")}</span>}
                </p>
                <p className="font-mono text-xs text-muted">{l.sku}</p>
              </div>
              <dl className="grid grid-cols-3 gap-2 text-sm">
                <div><dt className="text-muted">{t("stocked")}</dt><dd className="font-bold tabular-nums" data-testid="stocked">{l.stocked_quantity}</dd></div>
                <div><dt className="text-muted">{t("reserved")}</dt><dd className="tabular-nums">{l.reserved_quantity}</dd></div>
                <div><dt className="text-muted">{t("available")}</dt><dd className="tabular-nums">{l.available_quantity}</dd></div>
              </dl>
              <StockAdjustForm locale={locale} sku={l.sku} stocked={l.stocked_quantity} />
            </li>
          ))}
        </ul>
        <section aria-labelledby="h-import" className="space-y-3 rounded-2xl bg-white p-4 shadow-sm">
          <h2 id="h-import" className="text-lg font-bold">{t("import")}</h2>
          <StockImport locale={locale} />
        </section>
      </div>
    </ClientMessages>
  )
}
