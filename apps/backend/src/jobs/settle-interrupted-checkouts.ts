import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { settleAllInterrupted } from "../lib/checkout-attempts"

/** Every minute: carts whose completion died with its server process are settled (src/lib/checkout-attempts.ts). */
export default async function settleInterruptedCheckouts(container: MedusaContainer) {
  const settled = await settleAllInterrupted(container)
  if (settled) container.resolve(ContainerRegistrationKeys.LOGGER).info(`Settled ${settled} interrupted checkouts`)
}

export const config = { name: "settle-interrupted-checkouts", schedule: "* * * * *" }
