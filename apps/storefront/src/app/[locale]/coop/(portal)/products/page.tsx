import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { Picture } from "@/components/ui/picture"
import { Link } from "@/i18n/link"
import { coopProducts } from "@/lib/medusa/coop"
import { formatMoney } from "@/lib/money"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return { title: (await getTranslations({ locale, namespace: "coop.products" }))("title") }
}

export default async function CoopProductsPage({ params }: Props) {
  const { locale } = await params
  const [t, products] = await Promise.all([getTranslations({ locale, namespace: "coop.products" }), coopProducts()])
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {products.length === 0 && <p>{t("empty")}</p>}
      <ul className="grid gap-3 md:grid-cols-2">
        {products.map((p) => (
          <li key={p.id} className="flex gap-3 rounded-2xl bg-white p-4 shadow-sm">
            {p.thumbnail && <Picture src={p.thumbnail} alt="" width={64} height={64} className="h-16 w-16 rounded-xl object-cover" />}
            <div className="min-w-0 flex-1 space-y-1">
              <p className="font-semibold">{p.title}</p>
              <p className="text-xs">
                <span className={p.status === "published" ? "text-leaf" : "text-muted"}>{t(`status.${p.status}`)}</span>
              </p>
              <p className="text-sm text-muted">
                {p.variants.map((v) => `${v.title} ${v.price === null ? "–" : formatMoney(v.price, "cny", locale)}`).join(" · ")}
              </p>
            </div>
            <Link href={`/coop/products/${p.id}`} className="btn-secondary self-center" aria-label={`${t("edit")} ${p.title}`}>
              {t("edit")}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  )
}
