import type { AdminFestival } from "@tarim/contracts"
import { festivalStatus } from "../../../lib/rules"
import { FESTIVAL_FIELDS, festivalFields, type StoredFestival } from "../../store/festivals/helpers"

export const ADMIN_FESTIVAL_FIELDS = [
  ...FESTIVAL_FIELDS,
  "created_at",
  "updated_at",
  "products.id",
  "products.title",
  "products.thumbnail",
  "price_list.id",
  "price_list.title",
]

export const adminFestivalQueryConfig = {
  list: { defaults: ADMIN_FESTIVAL_FIELDS, isList: true },
  retrieve: { defaults: ADMIN_FESTIVAL_FIELDS, isList: false },
}

/** A festival as the admin API answers it (whatever else `?fields=` asked for is kept). */
export function presentAdminFestival(
  festival: StoredFestival & { products?: AdminFestival["products"] | null; price_list?: AdminFestival["price_list"] }
): AdminFestival {
  return {
    ...festival,
    ...festivalFields(festival),
    status: festivalStatus(festival),
    products: festival.products ?? [],
    price_list: festival.price_list ?? null,
  }
}
