import { z } from "@medusajs/framework/zod"

/** POST /store/orders/:id/access: the email and phone number the order was placed with. */
export const StoreOrderAccess = z.strictObject({
  email: z.string().trim().min(3).max(200),
  phone: z.string().trim().min(6).max(30),
})
export type StoreOrderAccessType = z.infer<typeof StoreOrderAccess>
