import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { FestivalProgress } from "@tarim/contracts"
import { queryFestivalReport, TonnageError, type Dimension, type Report } from "@tarim/tonnage"

/**
 * The tonnage report of one festival, computed in Postgres by @tarim/tonnage from the report views
 * (read-only, one snapshot). Unknown handle → 404.
 */
export async function festivalReport(
  container: MedusaContainer,
  handle: string,
  by: Dimension[] = []
): Promise<Report> {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const connection = await knex.client.acquireConnection()
  try {
    const { report } = await queryFestivalReport(connection, handle, { by })
    return report
  } catch (err) {
    if (err instanceof TonnageError && err.code === "not_found") {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Festival with handle "${handle}" was not found`)
    }
    throw err
  } finally {
    await knex.client.releaseConnection(connection)
  }
}

/** Live progress of one festival for the storefront. */
export async function festivalProgress(container: MedusaContainer, handle: string): Promise<FestivalProgress> {
  const report = await festivalReport(container, handle)
  return {
    grams: report.totals.grams,
    tonnes: report.totals.tonnes,
    orders: report.totals.orders,
    amount_cny: (report.totals.amounts.CNY ?? 0) / 100,
    percent: report.progress?.percent ?? 0,
  }
}
