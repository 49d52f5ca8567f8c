import { z } from "@medusajs/framework/zod"

/** Longest query the route accepts; a storefront search box never needs more. */
export const MAX_QUERY_LENGTH = 200
export const MAX_LIMIT = 50
export const MAX_PAGE = 500
export const SORTS = ["relevance", "price_asc", "price_desc", "newest"] as const

/** Medusa turns `a,b` into ["a", "b"]; a free-text query is put back together. */
const text = z.union([z.string(), z.array(z.string())]).transform((v) => (Array.isArray(v) ? v.join(",") : v))
const list = z
  .union([z.string(), z.array(z.string())])
  .transform((v) => (Array.isArray(v) ? v : [v]).flatMap((s) => s.split(",")).map((s) => s.trim()).filter(Boolean))
  .pipe(z.array(z.string().max(100)).max(20, "at most 20 values per filter"))
const flag = z.enum(["true", "false"], { message: 'must be "true" or "false"' }).transform((v) => v === "true")
const amount = z.coerce.number({ message: "must be a number" }).min(0, "must be 0 or more").max(1_000_000)

/** GET /store/search/products query parameters. */
export const StoreSearchProductsParams = z
  .object({
    q: text
      .pipe(z.string().max(MAX_QUERY_LENGTH, `q must be at most ${MAX_QUERY_LENGTH} characters`))
      .transform((v) => v.trim())
      .optional(),
    category: list.optional(),
    cooperative: list.optional(),
    origin: list.optional(),
    in_stock: flag.optional(),
    festival: flag.optional(),
    price_min: amount.optional(),
    price_max: amount.optional(),
    sort: z.enum(SORTS, { message: `sort must be one of ${SORTS.join(", ")}` }).default("relevance"),
    page: z.coerce
      .number({ message: "page must be a whole number from 1 up" })
      .int("page must be a whole number from 1 up")
      .min(1, "page must be a whole number from 1 up")
      .max(MAX_PAGE, `page must be at most ${MAX_PAGE}`)
      .default(1),
    limit: z.coerce
      .number({ message: `limit must be a whole number from 1 to ${MAX_LIMIT}` })
      .int()
      .min(1, `limit must be a whole number from 1 to ${MAX_LIMIT}`)
      .max(MAX_LIMIT, `limit must be a whole number from 1 to ${MAX_LIMIT}`)
      .default(20),
    facets: flag.default(true),
  })
  .strict()
  .refine((p) => p.price_min === undefined || p.price_max === undefined || p.price_min <= p.price_max, {
    message: "price_min must not be greater than price_max",
    path: ["price_min"],
  })

/** The validated query plus the shop language, which Medusa reads from `?locale=` or `x-medusa-locale` (req.locale). */
export type StoreSearchProductsParamsType = z.infer<typeof StoreSearchProductsParams> & { locale: "zh" | "en" }
