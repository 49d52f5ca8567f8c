import { Modules } from "@medusajs/framework/utils"
import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import { FESTIVAL_MODULE } from "../../modules/festival"

/** The link definitions between one cooperative and its products and stock locations. */
export function cooperativeLinks(cooperativeId: string, productIds: string[] = [], locationIds: string[] = []) {
  const coop = { [COOPERATIVE_MODULE]: { cooperative_id: cooperativeId } }
  return [
    ...productIds.map((product_id) => ({ ...coop, [Modules.PRODUCT]: { product_id } })),
    ...locationIds.map((stock_location_id) => ({ ...coop, [Modules.STOCK_LOCATION]: { stock_location_id } })),
  ]
}

/** The link definitions between one festival and its products and price list. */
export function festivalLinks(festivalId: string, productIds: string[] = [], priceListIds: string[] = []) {
  const festival = { [FESTIVAL_MODULE]: { festival_id: festivalId } }
  return [
    ...productIds.map((product_id) => ({ ...festival, [Modules.PRODUCT]: { product_id } })),
    ...priceListIds.map((price_list_id) => ({ ...festival, [Modules.PRICING]: { price_list_id } })),
  ]
}

/** The link fields of a festival input. */
type FestivalLinkInput = { product_ids?: string[]; price_list_id?: string | null }

/** Transform callback: the price list id of a festival input as a list (empty when none is given). */
export const priceListIdsOf = ({ input }: { input: FestivalLinkInput }): string[] =>
  input.price_list_id ? [input.price_list_id] : []

/** Transform callback: a festival input without its link fields, as the festival module stores it. */
export const ownFieldsOf = <T extends FestivalLinkInput>({ input }: { input: T }): Omit<T, keyof FestivalLinkInput> => {
  const { product_ids, price_list_id, ...rest } = input
  return rest
}

/** Ids of a linked list as Query returns it (entries may be null). */
export function idsOf(list?: Array<{ id: string } | null | undefined> | null): string[] {
  return (list ?? []).flatMap((item) => (item ? [item.id] : []))
}
