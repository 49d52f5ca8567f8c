import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { CoopDashboardResponse, FestivalProgress } from "@tarim/contracts"
import {
  festivalOptions,
  findFestival,
  queryFestivalReport,
  queryReport,
  TonnageError,
  type Dimension,
  type PresaleFilter,
  type Report,
} from "@tarim/tonnage"
import { FESTIVAL_MODULE } from "../modules/festival"
import type FestivalModuleService from "../modules/festival/service"

/**
 * The tonnage report of one festival, computed in Postgres by @tarim/tonnage from the report views
 * (read-only, one snapshot). Unknown handle → 404.
 */
export async function festivalReport(
  container: MedusaContainer,
  handle: string,
  by: Dimension[] = [],
  presale?: PresaleFilter
): Promise<Report> {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const connection = await knex.client.acquireConnection()
  try {
    const { report } = await queryFestivalReport(connection, handle, { by, presale })
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

/**
 * One cooperative's sales in the festival running now (or the latest one that started): the festival's report over
 * only those of its products that are the co-op's. Null when no festival has started.
 */
export async function cooperativeFestivalFigures(
  container: MedusaContainer,
  productIds: string[]
): Promise<CoopDashboardResponse["festival"]> {
  const festivals: FestivalModuleService = container.resolve(FESTIVAL_MODULE)
  const [latest] = await festivals.listFestivals({ starts_at: { $lte: new Date() } }, { order: { starts_at: "DESC" }, take: 1 })
  if (!latest) return null
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const connection = await knex.client.acquireConnection()
  try {
    const festival = await findFestival(connection, latest.handle)
    if (!festival) return null
    const own = festival.product_ids.filter((id) => productIds.includes(id))
    // An empty list would mean "every product" to the report; a co-op without festival products sold nothing in it.
    const report = own.length ? await queryReport(connection, { ...festivalOptions(festival), product_ids: own, target_kg: undefined }) : null
    return {
      handle: latest.handle,
      title_zh: latest.title_zh,
      title_en: latest.title_en,
      grams: report?.totals.grams ?? 0,
      amount: (report?.totals.amounts.CNY ?? 0) / 100,
      currency: "CNY",
      orders: report?.totals.orders ?? 0,
    }
  } finally {
    await knex.client.releaseConnection(connection)
  }
}
