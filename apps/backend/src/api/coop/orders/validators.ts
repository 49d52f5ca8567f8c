import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"

export const CoopGetOrdersParams = createFindParams({ limit: 20, offset: 0 }).extend({
  status: z.enum(["waiting", "presale", "shipped", "all"]).default("all"),
})
export type CoopGetOrdersParamsType = z.infer<typeof CoopGetOrdersParams>

export const CoopShipLines = z.strictObject({
  /** The carrier's name as the shopper knows it, e.g. 顺丰速运. */
  carrier: z.string().trim().min(1).max(50),
  tracking_number: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9-]{6,40}$/, "tracking_number must be 6 to 40 letters, digits or dashes, e.g. SF1234567890123"),
  /** Lines to put in this parcel (all of the co-op's lines still to ship when left out). */
  line_ids: z.array(z.string().min(1).max(64)).min(1).max(100).optional(),
})
export type CoopShipLinesType = z.infer<typeof CoopShipLines>
