/** One part of a gift box: a loose variant, how many one box holds, and their net grams together. */
export type StoreGiftBoxPart = {
  product_id: string
  /** Null when the part is not sold loose in the store (its product is not published). */
  product_handle: string | null
  /** The part's product title in Chinese; the storefront shows the translated one from its product page. */
  product_title: string
  variant_id: string
  variant_title: string
  quantity: number
  /** Net grams of this part in one box: the loose variant's grams × `quantity`. */
  net_weight_g: number
}

/** GET /store/products/:id/contents: what each gift-box variant of a product holds (no entries for other products). */
export type StoreProductContentsResponse = {
  variants: { variant_id: string; parts: StoreGiftBoxPart[] }[]
}

/** A variant as the pre-sale widget edits it: its ship-from date (null: in stock), stock (the cap) and units sold. */
export type AdminPresaleVariant = {
  id: string
  title: string
  sku: string | null
  ships_on: string | null
  stocked: number
  sold: number
}

/** GET and POST /admin/products/:id/presale. */
export type AdminProductPresaleResponse = { variants: AdminPresaleVariant[] }
