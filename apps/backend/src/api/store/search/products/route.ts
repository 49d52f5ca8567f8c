import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { SHARE_MS, sendSerialised, serialise, SharedAnswers, type SerialisedAnswer } from "../../../../lib/shared-answers"
import { searchProducts } from "../../../../search/_store-search"
import type { StoreSearchProductsParamsType } from "./validators"

/** The shop language from Medusa's `?locale=` / `x-medusa-locale` (already on req.locale): zh by default. */
function shopLanguage(locale: string | undefined): "zh" | "en" {
  if (!locale || /^zh\b/i.test(locale)) return "zh"
  if (/^en\b/i.test(locale)) return "en"
  throw new MedusaError(MedusaError.Types.INVALID_DATA, `locale must be zh(-CN) or en(-US), got "${locale}"`)
}

/** Identical searches share one serialised answer for SHARE_MS.search. */
const answers = new SharedAnswers<SerialisedAnswer>(SHARE_MS.search, 1_000)

/** GET /store/search/products: the storefront's product search (query text, filters, facets, sort, highlights). */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const params = { ...(req.validatedQuery as object), locale: shopLanguage((req as any).locale) } as StoreSearchProductsParamsType
  const salesChannelIds: string[] = (req as any).publishable_key_context?.sales_channel_ids ?? []
  const key = JSON.stringify([params, salesChannelIds])
  sendSerialised(res, await answers.get(key, async () => serialise(await searchProducts(req.scope, params, salesChannelIds))))
}
