import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { REPORT_VIEWS_SQL } from "../modules/festival/report-views"

/** The report views again, with `tarim_sold_part` (gift boxes counted part by part) for databases made before it. */
export default async function addGiftBoxReportViews({ container }: { container: MedusaContainer }) {
  await container.resolve(ContainerRegistrationKeys.PG_CONNECTION).raw(REPORT_VIEWS_SQL)
}
