import { z } from "@medusajs/framework/zod"

const text = (max: number) => z.string().trim().min(1).max(max)

export const CoopUpdateProduct = z
  .strictObject({
    title: text(200).optional(),
    subtitle: text(200).nullish(),
    description: text(5000).nullish(),
    status: z.enum(["draft", "published"]).optional(),
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
  .refine((body) => Object.keys(body).length > 0, "send at least one of title, subtitle, description, status, variants")
export type CoopUpdateProductType = z.infer<typeof CoopUpdateProduct>
