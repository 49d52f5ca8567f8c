import { Modules } from "@medusajs/framework/utils"
import { COOPERATIVE_MODULE } from "../../modules/cooperative"

/** The link definitions between one cooperative and its products and stock locations. */
export function cooperativeLinks(cooperativeId: string, productIds: string[] = [], locationIds: string[] = []) {
  const coop = { [COOPERATIVE_MODULE]: { cooperative_id: cooperativeId } }
  return [
    ...productIds.map((product_id) => ({ ...coop, [Modules.PRODUCT]: { product_id } })),
    ...locationIds.map((stock_location_id) => ({ ...coop, [Modules.STOCK_LOCATION]: { stock_location_id } })),
  ]
}

/** Ids of a linked list as Query returns it (entries may be null). */
export function idsOf(list?: Array<{ id: string } | null | undefined> | null): string[] {
  return (list ?? []).flatMap((item) => (item ? [item.id] : []))
}
