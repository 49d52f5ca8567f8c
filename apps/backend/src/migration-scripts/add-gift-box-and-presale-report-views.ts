import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { REPORT_VIEWS_SQL } from "../modules/festival/report-views"

/** The report views again, with `tarim_sold_part` (gift boxes part by part) and the pre-sale column, for databases made before them. */
export default async function addGiftBoxAndPresaleReportViews({ container }: { container: MedusaContainer }) {
  await container.resolve(ContainerRegistrationKeys.PG_CONNECTION).raw(REPORT_VIEWS_SQL)
}
