import { FESTIVAL_MODULE } from "../../modules/festival"
import type FestivalModuleService from "../../modules/festival/service"

/** A festival's own fields as the workflows take them (dates as Date). */
export type FestivalFields = {
  handle: string
  title_zh: string
  title_en: string
  description_zh?: string | null
  description_en?: string | null
  starts_at: Date
  ends_at: Date
  timezone?: string
  target_kg: number
}

/** The festival module's service from a step's container. */
export const festivalService = (container: { resolve: (key: string) => unknown }) =>
  container.resolve(FESTIVAL_MODULE) as FestivalModuleService

/** What the festival-window read asks for: the festival's window and its price list's. */
export const FESTIVAL_WINDOW_FIELDS = ["starts_at", "ends_at", "price_list.id", "price_list.starts_at", "price_list.ends_at"]

type WithWindow = { starts_at: Date | string; ends_at: Date | string; price_list?: { id: string; starts_at?: Date | string | null; ends_at?: Date | string | null } | null }
const time = (d: Date | string | null | undefined) => (d ? new Date(d).getTime() : null)

/**
 * Transform callback. The festival's window is set on the festival, and Medusa applies its prices by the linked price
 * list's own dates: this is the price list update that copies the window over (none when there is no price list or
 * the dates already agree), so the two never drift.
 */
export const priceListWindowOf = ({ festivals }: { festivals: WithWindow[] }) =>
  festivals.flatMap(({ starts_at, ends_at, price_list: list }) =>
    list && (time(list.starts_at) !== time(starts_at) || time(list.ends_at) !== time(ends_at))
      ? [{ id: list.id, starts_at: new Date(starts_at).toISOString(), ends_at: new Date(ends_at).toISOString() }]
      : []
  )
