/** A cooperative's public fields: no contact details. */
export type StoreCooperativeFields = {
  id: string
  handle: string
  name_zh: string
  name_en: string
  place_zh: string
  place_en: string
  story_zh: string
  story_en: string
}

/** GET /store/cooperatives. */
export type StoreCooperativesResponse = {
  cooperatives: (StoreCooperativeFields & { product_count: number })[]
  count: number
  offset: number
  limit: number
}

export type StoreCooperativeProduct = {
  id: string
  handle: string
  title: string
  subtitle: string | null
  thumbnail: string | null
  variants: { id: string; title: string; weight: number | null }[]
}

/** GET /store/cooperatives/:handle: one cooperative with its published products. */
export type StoreCooperativeResponse = { cooperative: StoreCooperativeFields & { products: StoreCooperativeProduct[] } }

/** A cooperative as GET /admin/cooperatives and /admin/cooperatives/:id return it: with its contact and links. */
export type AdminCooperative = StoreCooperativeFields & {
  contact_name: string | null
  /** Mainland mobile number, 11 digits. */
  contact_phone: string | null
  created_at: string
  updated_at: string
  products: { id: string; title: string }[]
  /** The warehouses it ships from. */
  stock_locations: { id: string; name: string }[]
}

/** GET /admin/cooperatives */
export type AdminCooperativesResponse = { cooperatives: AdminCooperative[]; count: number; offset: number; limit: number }
/** GET, POST /admin/cooperatives/:id and POST /admin/cooperatives (201). */
export type AdminCooperativeResponse = { cooperative: AdminCooperative }
