import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { HANDLE_PATTERN, HANDLE_RULE } from "../../../lib/rules"

const text = (max: number) => z.string().trim().min(1).max(max)

const festivalFields = {
  handle: z
    .string()
    .max(64)
    .regex(HANDLE_PATTERN, `handle must be ${HANDLE_RULE}, e.g. tai-a-new-year-2027`),
  title_zh: text(100),
  title_en: text(100),
  description_zh: text(2000).nullish(),
  description_en: text(2000).nullish(),
  starts_at: z.coerce.date(),
  ends_at: z.coerce.date(),
  timezone: z.string().min(1).max(64).optional(),
  target_kg: z.number().int().positive().max(100_000_000),
  product_ids: z.array(z.string().min(1).max(64)).max(2000).optional(),
  price_list_id: z.string().min(1).max(64).nullish(),
}

export const AdminCreateFestival = z.strictObject(festivalFields)
export type AdminCreateFestivalType = z.infer<typeof AdminCreateFestival>

export const AdminUpdateFestival = z.strictObject(festivalFields).partial()
export type AdminUpdateFestivalType = z.infer<typeof AdminUpdateFestival>

export const AdminGetFestivalsParams = createFindParams({ limit: 20, offset: 0 })

const DIMENSIONS = ["day", "category", "cooperative", "product"] as const

export const AdminFestivalReportParams = z.strictObject({
  by: z
    .string()
    .optional()
    .transform((value) => (value ? value.split(",").map((s) => s.trim()) : [...DIMENSIONS]))
    .pipe(z.array(z.enum(DIMENSIONS))),
  format: z.enum(["json", "csv"]).optional().default("json"),
  /** Pre-sales alone, or everything but them (default: all lines, pre-sales shown apart). */
  presale: z.enum(["only", "exclude"]).optional(),
})
export type AdminFestivalReportParamsType = z.infer<typeof AdminFestivalReportParams>
