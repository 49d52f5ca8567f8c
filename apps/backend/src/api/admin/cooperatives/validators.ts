import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { HANDLE_PATTERN, HANDLE_RULE } from "../../../lib/rules"

// Medusa's validation middleware words type and length errors itself ("Value for field 'x' too big, expected at
// most: '100'"); only pattern errors need a message of ours.
const text = (max: number) => z.string().trim().min(1).max(max)
const ids = () => z.array(z.string().min(1).max(64)).max(500)

const cooperativeFields = {
  handle: z
    .string()
    .max(64)
    .regex(HANDLE_PATTERN, `handle must be ${HANDLE_RULE}, e.g. alar-12th-regiment`),
  name_zh: text(100),
  name_en: text(100),
  place_zh: text(100),
  place_en: text(100),
  story_zh: text(2000),
  story_en: text(2000),
  contact_name: text(50).nullish(),
  contact_phone: z
    .string()
    .regex(/^1[3-9]\d{9}$/, "contact_phone must be a mainland mobile number of 11 digits starting with 1, e.g. 13899001201")
    .nullish(),
  product_ids: ids().optional(),
  stock_location_ids: ids().optional(),
}

export const AdminCreateCooperative = z.strictObject(cooperativeFields)
export type AdminCreateCooperativeType = z.infer<typeof AdminCreateCooperative>

export const AdminUpdateCooperative = z.strictObject(cooperativeFields).partial()
export type AdminUpdateCooperativeType = z.infer<typeof AdminUpdateCooperative>

export const AdminGetCooperativesParams = createFindParams({ limit: 20, offset: 0 }).extend({
  q: z.string().max(200).optional(),
})

export const AdminInviteCooperativeMember = z.strictObject({
  email: z.string().trim().toLowerCase().max(254).email("email must be an address like manager@example.com"),
})
export type AdminInviteCooperativeMemberType = z.infer<typeof AdminInviteCooperativeMember>
