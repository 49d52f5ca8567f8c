import type { AuthenticationInput } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type EnsureMemberIdentityInput = { email: string; password: string }

/**
 * The email-and-password identity the new member signs in with. A new email gets one with this password; an email
 * that already has one (a shopper's account, say) must prove it with that password, so an invitation can never take
 * over someone's login. Compensation deletes an identity this step created.
 */
export const ensureMemberIdentityStep = createStep(
  "ensure-member-identity",
  async ({ email, password }: EnsureMemberIdentityInput, { container }) => {
    const auth = container.resolve(Modules.AUTH)
    const credentials = { body: { email, password } } as AuthenticationInput
    const registered = await auth.register("emailpass", credentials)
    if (registered.success && registered.authIdentity) {
      return new StepResponse({ id: registered.authIdentity.id }, { created: registered.authIdentity.id as string | null })
    }
    const existing = await auth.authenticate("emailpass", credentials)
    if (!existing.success || !existing.authIdentity) {
      throw new MedusaError(
        MedusaError.Types.UNAUTHORIZED,
        `${email} already has a Tarim Market password; enter that password to accept the invitation`
      )
    }
    if (existing.authIdentity.app_metadata?.coop_member_id) {
      throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `${email} is already a member of a cooperative`)
    }
    return new StepResponse({ id: existing.authIdentity.id }, { created: null as string | null })
  },
  async (undo, { container }) => {
    if (!undo?.created) return
    await container.resolve(Modules.AUTH).deleteAuthIdentities([undo.created])
  }
)
