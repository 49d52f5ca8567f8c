export const ADMIN_COOPERATIVE_FIELDS = [
  "id",
  "handle",
  "name_zh",
  "name_en",
  "place_zh",
  "place_en",
  "story_zh",
  "story_en",
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
