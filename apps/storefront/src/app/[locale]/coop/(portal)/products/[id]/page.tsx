import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations } from "next-intl/server"
import { ProductForm } from "@/components/coop/product-form"
import { ClientMessages } from "@/components/ui/client-messages"
import { Link } from "@/i18n/link"
import { isNotFound } from "@/lib/medusa/client"
import { coopProduct } from "@/lib/medusa/coop"

type Props = { params: Promise<{ locale: string; id: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return { title: (await getTranslations({ locale, namespace: "coop.products" }))("edit") }
}

export default async function CoopProductPage({ params }: Props) {
  const { locale, id } = await params
  const t = await getTranslations({ locale, namespace: "coop.products" })
  const product = await coopProduct(id).catch((error) => {
    if (isNotFound(error)) notFound()
    throw error
  })
  return (
    <div className="max-w-2xl space-y-4">
      <Link href="/coop/products" className="text-sm underline">← {t("back")}</Link>
      <h1 className="text-2xl font-bold">{product.title}</h1>
      <div className="rounded-2xl bg-white p-4 shadow-sm">
        <ClientMessages namespaces={["coop", "form"]}>
          <ProductForm locale={locale} product={product} />
        </ClientMessages>
      </div>
    </div>
  )
}
