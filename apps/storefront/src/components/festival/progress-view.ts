import { getTranslations } from "next-intl/server"
import { formatMoney } from "@/lib/money"
import type { Festival } from "@/lib/medusa/types"

/** The progress bar as shown: width, the tonnes line and the orders line, in `locale`. */
export type ProgressView = { percent: number; label: string; detail: string }

/** Words and figures of a festival's progress bar; the page renders them and GET /api/festivals/:handle/progress sends them. */
export async function progressView(festival: Festival, locale: string): Promise<ProgressView> {
  const t = await getTranslations({ locale, namespace: "home" })
  const { progress } = festival
  return {
    percent: progress.percent,
    label: t("progressLabel", { tonnes: progress.tonnes, target: festival.targetKg / 1000 }),
    detail: t("progressOrders", { orders: progress.orders, amount: formatMoney(progress.amountCny, "cny", locale) }),
  }
}
