export const ADMIN_FESTIVAL_FIELDS = [
  "id",
  "handle",
  "title_zh",
  "title_en",
  "description_zh",
  "description_en",
  "starts_at",
  "ends_at",
  "timezone",
  "target_kg",
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
