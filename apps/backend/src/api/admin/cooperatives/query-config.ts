import { STORE_COOPERATIVE_FIELDS } from "../../store/cooperatives/helpers"

/** What the organizer sees of a cooperative: its public fields, its contact, its products and warehouses. */
export const ADMIN_COOPERATIVE_FIELDS = [
  ...STORE_COOPERATIVE_FIELDS,
  "contact_name",
  "contact_phone",
  "created_at",
  "updated_at",
  "products.id",
  "products.title",
  "stock_locations.id",
  "stock_locations.name",
]

export const adminCooperativeQueryConfig = {
  list: { defaults: ADMIN_COOPERATIVE_FIELDS, isList: true },
  retrieve: { defaults: ADMIN_COOPERATIVE_FIELDS, isList: false },
}
