/** The co-op portal API (`/coop/…`, a co-op member's bearer token) and the invitation routes (`/coop-invites/…`). */

export type CoopCooperative = {
  id: string
  handle: string
  name_zh: string
  name_en: string
  place_zh: string
  place_en: string
}

/** GET /coop/me */
export type CoopMeResponse = {
  member: { id: string; email: string; name: string | null }
  cooperative: CoopCooperative
  locations: { id: string; name: string }[]
}

export type CoopVariant = {
  id: string
  title: string
  sku: string | null
  /** Net produce grams. */
  weight: number | null
  /** CNY, in yuan as Medusa stores it. */
  price: number | null
}

/** The facts a buyer checks (the produce module's row linked to the product). */
export type CoopProduceFacts = {
  origin_zh: string
  origin_en: string
  grade: "special" | "first" | "second"
  /** Calendar months 1–12; the window may wrap the new year. */
  harvest_from_month: number
  harvest_to_month: number
  storage_zh: string
  storage_en: string
  shelf_life_days: number
  cold_chain: boolean
}

export type CoopProduct = {
  id: string
  handle: string
  title: string
  subtitle: string | null
  description: string | null
  status: "draft" | "proposed" | "published" | "rejected"
  thumbnail: string | null
  variants: CoopVariant[]
  produce: CoopProduceFacts | null
}

/** GET /coop/products */
export type CoopProductsResponse = { products: CoopProduct[] }
/** GET and POST /coop/products/:id */
export type CoopProductResponse = { product: CoopProduct }

/** One variant's stock at one of the co-op's warehouses. */
export type CoopStockLevel = {
  inventory_item_id: string
  location_id: string
  sku: string
  product_id: string
  product_title: string
  variant_title: string
  stocked_quantity: number
  reserved_quantity: number
  available_quantity: number
  /** At or under the low-stock line (`COOP_LOW_STOCK`). */
  low: boolean
}

/** GET /coop/stock */
export type CoopStockResponse = { levels: CoopStockLevel[]; low_stock_at: number }

/** A change to one SKU's stocked quantity, as planned (dry run) or made. */
export type CoopStockChange = { sku: string; from: number; to: number }

/** Why a stock row cannot be used; the portal words it from the code, `message` says it in English. */
export type CoopStockRowErrorCode = "empty_sku" | "foreign_sku" | "bad_quantity" | "below_reserved" | "duplicate"

/** A CSV row that cannot be imported; the whole file is refused. Row 1 is the header. */
export type CoopStockRowError = {
  row: number
  sku: string | null
  code: CoopStockRowErrorCode
  message: string
  /** The value that was given, the units reserved, or the row that already named the SKU. */
  value?: string
  reserved?: number
  first_row?: number
}

/** POST /coop/stock/adjustments and POST /coop/stock/import. */
export type CoopStockChangesResponse = { dry_run: boolean; changes: CoopStockChange[]; unchanged: number }

/** The answer (400) to an import with bad rows: nothing was written. */
export type CoopStockImportRefusal = { type: "invalid_rows"; message: string; errors: CoopStockRowError[] }

export type CoopShipmentStatus = "waiting" | "shipped" | "delivered"

export type CoopLine = {
  id: string
  title: string
  variant_title: string | null
  sku: string | null
  quantity: number
  /** Quantity in this co-op's shipments (fulfilments) so far. */
  fulfilled_quantity: number
  /** A pre-sale line: the day it ships from, as the order recorded it; else null. */
  ships_on: string | null
}

export type CoopShipment = {
  id: string
  carrier: string | null
  tracking_number: string | null
  shipped_at: string | null
  delivered_at: string | null
  status: CoopShipmentStatus
  items: { line_id: string; quantity: number }[]
}

/** An order as one co-op sees it: only its own lines and shipments. */
export type CoopOrder = {
  id: string
  display_id: number
  created_at: string
  status: string
  /** Where the parcel goes: what a co-op needs to ship, nothing else about the buyer. */
  ship_to: {
    name: string
    phone: string | null
    province: string | null
    city: string | null
    address: string
    postal_code: string | null
  } | null
  lines: CoopLine[]
  shipments: CoopShipment[]
  /** Every line of this co-op is in a shipment. */
  shipped: boolean
}

/** GET /coop/orders */
export type CoopOrdersResponse = { orders: CoopOrder[]; count: number; offset: number; limit: number }
/** GET /coop/orders/:id, and the answer to shipping or delivering. */
export type CoopOrderResponse = { order: CoopOrder }

/** GET /coop/dashboard */
export type CoopDashboardResponse = {
  waiting: { orders: number; lines: number; units: number }
  low_stock: CoopStockLevel[]
  /** This co-op's sales in the current (or latest) festival, from the tonnage report; null without a festival. */
  festival: { handle: string; title_zh: string; title_en: string; grams: number; amount: number; currency: string; orders: number } | null
}

/** POST /coop-invites/lookup: what an invitation is for, before the invitee sets a password. */
export type CoopInviteLookupResponse = {
  invite: { email: string; expires_at: string; cooperative: Pick<CoopCooperative, "handle" | "name_zh" | "name_en"> }
}

/** POST /coop-invites/accept */
export type CoopInviteAcceptResponse = {
  member: { id: string; email: string; name: string | null }
  cooperative: Pick<CoopCooperative, "id" | "handle" | "name_zh" | "name_en">
}

/** GET /admin/cooperatives/:id/members */
export type AdminCooperativeMembersResponse = {
  members: { id: string; email: string; name: string | null; created_at: string }[]
  invites: { id: string; email: string; expires_at: string; created_at: string }[]
}

/** POST /admin/cooperatives/:id/invites: the link is shown this once (it is also sent to the invitee). */
export type AdminCooperativeInviteResponse = { invite: { id: string; email: string; expires_at: string }; url: string }

/** One co-op's part of an order as the shopper sees it: its parcel (or the lines it has still to ship). */
export type StoreOrderShipment = {
  /** The fulfilment id; null for lines not shipped yet. */
  id: string | null
  cooperative: { handle: string; name_zh: string; name_en: string } | null
  status: CoopShipmentStatus
  carrier: string | null
  tracking_number: string | null
  shipped_at: string | null
  delivered_at: string | null
  items: { line_id: string; quantity: number }[]
}

/** GET /store/orders/:id/shipments: parcels first, then what is waiting, by co-op. */
export type StoreOrderShipmentsResponse = { shipments: StoreOrderShipment[] }
