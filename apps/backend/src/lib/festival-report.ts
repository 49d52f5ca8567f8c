import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { queryFestivalReport, TonnageError, type Dimension, type Report } from "@tarim/tonnage"
import { SharedAnswers } from "./shared-answers"

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

/** How long festival answers for the storefront are shared between requests. */
export const SHARE_MS = 2_000
const shared = new SharedAnswers<unknown>(SHARE_MS)

/**
 * Runs `compute` at most once per `SHARE_MS` for `key` and hands every caller in between the same promise, so a
 * crowd watching the progress bar costs one set of queries per interval, not one per visitor. Failures are not kept.
 */
export function shareBriefly<T>(key: string, compute: () => Promise<T>): Promise<T> {
  return shared.get(key, compute) as Promise<T>
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
