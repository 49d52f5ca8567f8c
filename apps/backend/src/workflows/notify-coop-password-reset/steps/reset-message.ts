import type { CreateNotificationDTO } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { coopPasswordResetNotification } from "../../../lib/messages"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"
import { STOREFRONT_MODULE } from "../../../modules/storefront"
import type StorefrontModuleService from "../../../modules/storefront/service"

/** Medusa's reset tokens live 15 minutes. */
const RESET_TOKEN_MINUTES = 15

/**
 * The reset link for a co-op member (reads only). None for an email that is no co-op's member: Medusa's reset route
 * answers the same for any email, and only members get a portal link.
 */
export const coopResetMessageStep = createStep(
  "coop-reset-message",
  async ({ email, token }: { email: string; token: string }, { container }) => {
    const cooperatives: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    const [member] = await cooperatives.listCooperativeMembers({ email })
    if (!member) return new StepResponse([] as CreateNotificationDTO[])
    const storefront: StorefrontModuleService = container.resolve(STOREFRONT_MODULE)
    const query = new URLSearchParams({ token, email })
    const url = storefront.pageUrl(`/coop/reset-password?${query}`)
    return new StepResponse([coopPasswordResetNotification(email, { url, expires_minutes: RESET_TOKEN_MINUTES })])
  }
)
