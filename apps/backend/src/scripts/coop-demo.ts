import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { DEMO_COOP_PASSWORD, seedCoopDemo } from "./seed/coop-demo"

/**
 * `medusa exec ./src/scripts/coop-demo.ts` (run by `npm run dev` after the seed): a manager per cooperative with the
 * development password, and some demo orders shipped. Refuses to run in production: the password is public.
 */
export default async function coopDemo({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  if (process.env.NODE_ENV === "production") {
    throw new Error("coop-demo creates logins with a public password; it does not run with NODE_ENV=production")
  }
  const { managers, shipped } = await seedCoopDemo(container)
  logger.info(`Co-op demo: ${managers.length} managers (password ${DEMO_COOP_PASSWORD}), ${shipped} demo parcels shipped`)
}
