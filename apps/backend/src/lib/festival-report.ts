import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { queryFestivalReport, TonnageError, type Dimension, type Report } from "@tarim/tonnage"

export type FestivalStatus = "upcoming" | "live" | "ended"

/** Where a festival's window stands at `now`. */
export function festivalStatus(festival: { starts_at: Date | string; ends_at: Date | string }, now = new Date()): FestivalStatus {
  if (now < new Date(festival.starts_at)) return "upcoming"
  return now < new Date(festival.ends_at) ? "live" : "ended"
}

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

export type FestivalProgress = { grams: number; tonnes: string; orders: number; amount_cny: number; percent: number }

const PROGRESS_TTL_MS = 2_000
const progressCache = new Map<string, { at: number; value: Promise<FestivalProgress> }>()

/**
 * Live progress for the storefront, shared for two seconds per festival so a crowd watching the bar costs one
 * aggregate query per interval, not one per visitor.
 */
export function festivalProgress(container: MedusaContainer, handle: string): Promise<FestivalProgress> {
  const hit = progressCache.get(handle)
  if (hit && Date.now() - hit.at < PROGRESS_TTL_MS) return hit.value
  const value = festivalReport(container, handle).then((report) => ({
    grams: report.totals.grams,
    tonnes: report.totals.tonnes,
    orders: report.totals.orders,
    amount_cny: (report.totals.amounts.CNY ?? 0) / 100,
    percent: report.progress?.percent ?? 0,
  }))
  progressCache.set(handle, { at: Date.now(), value })
  value.catch(() => progressCache.delete(handle))
  return value
}
