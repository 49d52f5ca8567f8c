import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"

const text = (field: string, max: number) =>
  z
    .string({ error: `${field} must be text` })
    .trim()
    .min(1, `${field} must not be empty`)
    .max(max, `${field} must be at most ${max} characters`)

const ids = (field: string) => z.array(z.string().min(1).max(64), { error: `${field} must be a list of ids` }).max(500)

const cooperativeFields = {
  handle: z
    .string({ error: "handle must be text" })
    .max(64, "handle must be at most 64 characters")
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "handle must be lowercase letters, digits and single hyphens, e.g. alar-12th-regiment"),
  name_zh: text("name_zh", 100),
  name_en: text("name_en", 100),
  place_zh: text("place_zh", 100),
  place_en: text("place_en", 100),
  story_zh: text("story_zh", 2000),
  story_en: text("story_en", 2000),
  contact_name: text("contact_name", 50).nullish(),
  contact_phone: z
    .string({ error: "contact_phone must be text" })
    .regex(/^1[3-9]\d{9}$/, "contact_phone must be a mainland mobile number of 11 digits starting with 1, e.g. 13899001201")
    .nullish(),
  product_ids: ids("product_ids").optional(),
  stock_location_ids: ids("stock_location_ids").optional(),
}

export const AdminCreateCooperative = z.strictObject(cooperativeFields)
export type AdminCreateCooperativeType = z.infer<typeof AdminCreateCooperative>

export const AdminUpdateCooperative = z.strictObject(cooperativeFields).partial()
export type AdminUpdateCooperativeType = z.infer<typeof AdminUpdateCooperative>

export const AdminGetCooperativesParams = createFindParams({ limit: 20, offset: 0 }).extend({
  q: z.string().max(200, "q must be at most 200 characters").optional(),
})
