import { z } from "@medusajs/framework/zod"

const token = z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, "token must be the code from the invitation link")

export const CoopInviteLookup = z.strictObject({ token })
export type CoopInviteLookupType = z.infer<typeof CoopInviteLookup>

export const CoopInviteAccept = z.strictObject({
  token,
  password: z.string().min(10).max(200),
  name: z.string().trim().min(1).max(50).nullish(),
})
export type CoopInviteAcceptType = z.infer<typeof CoopInviteAccept>
