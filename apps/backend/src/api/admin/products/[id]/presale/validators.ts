import { z } from "@medusajs/framework/zod"

/** POST /admin/products/:id/presale: one variant sold ahead (a date and a cap), or back to in stock (null). */
export const AdminSetPresale = z.strictObject({
  variant_id: z.string().min(1).max(64),
  ships_on: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "ships_on must be a date like 2027-10-20").nullable(),
  cap: z.number().int().min(0).max(1_000_000).optional(),
})
export type AdminSetPresaleType = z.infer<typeof AdminSetPresale>
