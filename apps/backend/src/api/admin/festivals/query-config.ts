import { FESTIVAL_FIELDS } from "../../store/festivals/helpers"

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
