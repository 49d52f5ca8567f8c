import type { BreakdownRow, Dimension, Report } from "@tarim/tonnage"

/** The tonnage report's own types, from @tarim/tonnage, which computes it. */
export type { BreakdownRow, Dimension, Report }

export type FestivalStatus = "upcoming" | "live" | "ended"

/** A festival's own fields, as the store and the admin API both return them. Dates are ISO strings. */
export type FestivalFields = {
  id: string
  handle: string
  title_zh: string
  title_en: string
  description_zh: string | null
  description_en: string | null
  starts_at: string
  ends_at: string
  /** IANA time zone the window is announced in, e.g. Asia/Shanghai. */
  timezone: string
  target_kg: number
}

/** Live sales of a festival for the storefront's progress bar. */
export type FestivalProgress = { grams: number; tonnes: string; orders: number; amount_cny: number; percent: number }

/** GET /store/festivals/current and GET /store/festivals/:handle. */
export type StoreFestivalResponse = {
  festival: FestivalFields & {
    status: FestivalStatus
    /** Its published products. */
    product_ids: string[]
    progress: FestivalProgress
  }
}

/** A festival as GET /admin/festivals and /admin/festivals/:id return it. */
export type AdminFestival = FestivalFields & {
  status: FestivalStatus
  products: { id: string; title: string; thumbnail: string | null }[]
  price_list: { id: string; title: string } | null
}

export type AdminFestivalResponse = { festival: AdminFestival }
export type AdminFestivalsResponse = { festivals: AdminFestival[]; count: number; offset: number; limit: number }

/** GET /admin/festivals/:id/report (format=json): the @tarim/tonnage report of the festival. */
export type AdminFestivalReportResponse = { report: Report }
