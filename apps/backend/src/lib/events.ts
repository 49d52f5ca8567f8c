/**
 * Events our own workflows emit, each with `{ id, product_ids }`: the record and every product whose storefront
 * data it changed (linked before or after the change), so the search index and the storefront can refresh them.
 */
export const COOPERATIVE_EVENTS = {
  created: "cooperative.created",
  updated: "cooperative.updated",
  deleted: "cooperative.deleted",
} as const

export const FESTIVAL_EVENTS = {
  created: "festival.created",
  updated: "festival.updated",
  deleted: "festival.deleted",
  /** A festival's window opened or closed (found by the refresh-festival-search-flags job), changing its products' flag. */
  windowChanged: "festival.window_changed",
} as const
