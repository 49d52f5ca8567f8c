import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { REPORT_VIEWS_SQL } from "../modules/festival/report-views"

/**
 * Runs once after migrations and link sync (the views read link tables, which module migrations cannot
 * rely on). A later change to the views gets a new script.
 */
export default async function createReportViews({ container }: { container: MedusaContainer }) {
  await container.resolve(ContainerRegistrationKeys.PG_CONNECTION).raw(REPORT_VIEWS_SQL)
}
