import { z } from "@medusajs/framework/zod"

const text = (max: number) => z.string().trim().min(1).max(max)

export const CoopUpdateProduct = z
  .strictObject({
    title: text(200).optional(),
    subtitle: text(200).nullish(),
    description: text(5000).nullish(),
    status: z.enum(["draft", "published"]).optional(),
    produce: z
      .strictObject({
        origin_zh: text(100),
        origin_en: text(100),
        grade: z.enum(["special", "first", "second"]),
        harvest_from_month: z.number().int().min(1).max(12),
        harvest_to_month: z.number().int().min(1).max(12),
        storage_zh: text(200),
        storage_en: text(200),
        shelf_life_days: z.number().int().min(1).max(3650),
        cold_chain: z.boolean(),
      })
      .partial()
      .optional(),
    variants: z
      .array(
        z.strictObject({
          id: z.string().min(1).max(64),
          /** Yuan, in whole fen. */
          price: z.number().positive().max(100_000).multipleOf(0.01),
        })
      )
      .max(50)
      .optional(),
  })
  .refine((body) => Object.keys(body).length > 0, "send at least one of title, subtitle, description, status, produce, variants")
export type CoopUpdateProductType = z.infer<typeof CoopUpdateProduct>
