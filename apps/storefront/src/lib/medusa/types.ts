/**
 * The storefront's own small types: Medusa DTOs and our API's answers (@tarim/contracts) are mapped into these once,
 * in src/lib/medusa.
 */
import type { FestivalStatus, HighlightPart, SearchSort } from "@tarim/contracts"

export type StockState = "in_stock" | "low" | "sold_out"

export type Variant = {
  id: string
  title: string
  /** Net produce weight in grams. */
  grams: number | null
  /** Price in yuan for the shop's region, null when unpriced. */
  price: number | null
  /** The list price when a price list (festival prices) makes `price` lower, else null. */
  originalPrice: number | null
  currencyCode: string
  /** Units available to sell; null when Medusa does not track it. */
  available: number | null
  stock: StockState
  /** Sold ahead of its harvest: the day it ships from ("YYYY-MM-DD"), else null. */
  shipsOn: string | null
}

export type ProduceFacts = {
  origin: string
  grade: "special" | "first" | "second"
  harvestFromMonth: number
  harvestToMonth: number
  storage: string
  shelfLifeDays: number
  coldChain: boolean
}

export type CooperativeSummary = { handle: string; name: string; place: string }

export type Product = {
  id: string
  handle: string
  title: string
  subtitle: string | null
  description: string | null
  thumbnail: string | null
  images: string[]
  createdAt: string
  variants: Variant[]
  /** Lowest variant price, for cards and sorting. */
  minPrice: number | null
  facts: ProduceFacts | null
  cooperative: CooperativeSummary | null
  categoryHandles: string[]
}

/** One gift-box variant's contents: each part with how many one box holds and their net grams together. */
export type BoxContents = {
  variantId: string
  variantTitle: string
  parts: {
    title: string
    variantTitle: string
    quantity: number
    grams: number
    /** The part's own product page, when it is sold loose. */
    href: string | null
    cooperative: CooperativeSummary | null
  }[]
}

export type Category = { id: string; handle: string; name: string; rank: number }

export type Cooperative = CooperativeSummary & {
  id: string
  story: string
  productCount: number
}

export type CooperativeProduct = { id: string; handle: string; title: string; subtitle: string | null; thumbnail: string | null }

export type { FestivalStatus, HighlightPart, SearchSort } from "@tarim/contracts"

export type Festival = {
  handle: string
  title: string
  description: string
  startsAt: string
  endsAt: string
  /** IANA time zone the festival's window is announced in, e.g. Asia/Shanghai. */
  timeZone: string
  status: FestivalStatus
  targetKg: number
  productIds: string[]
  progress: { tonnes: string; orders: number; amountCny: number; percent: number }
}

export type CartLine = {
  id: string
  productId: string | null
  variantId: string | null
  productHandle: string | null
  title: string
  variantTitle: string
  thumbnail: string | null
  quantity: number
  unitPrice: number
  total: number
  /** A pre-sale line: the day it ships from, else null. */
  shipsOn: string | null
}

export type Cart = {
  id: string
  email: string | null
  currencyCode: string
  regionId: string
  lines: CartLine[]
  itemCount: number
  subtotal: number
  shippingTotal: number
  total: number
  shippingMethodOptionId: string | null
  address: CheckoutAddress | null
}

export type CheckoutAddress = { name: string; phone: string; province: string; city: string; district: string; street: string }

export type ShippingOption = { id: string; name: string; amount: number; coldChain: boolean }

export type PaymentProvider = { id: string }

/** A Medusa payment session; `clientSecret` is Stripe's PaymentIntent secret (null for other providers). */
export type PaymentSession = { id: string; providerId: string; amount: number; status: string; clientSecret: string | null }

export type OrderLine = {
  id: string
  title: string
  variantTitle: string
  quantity: number
  total: number
  thumbnail: string | null
  /** A pre-sale line: the day it ships from, as recorded when the order was placed; else null. */
  shipsOn: string | null
}

export type Order = {
  id: string
  displayId: number
  createdAt: string
  email: string | null
  currencyCode: string
  total: number
  subtotal: number
  shippingTotal: number
  status: string
  paymentStatus: string
  fulfillmentStatus: string
  lines: OrderLine[]
  address: CheckoutAddress | null
  shippingMethod: string | null
  /** Only number, status, lines and money came back: this browser has not shown the order is its own. */
  masked: boolean
}

export type Customer = { id: string; email: string; firstName: string | null }

/** What a search asks for: the search page's URL and the store search route's parameters, in one shape. */
export type SearchState = {
  q: string
  category: string[]
  cooperative: string[]
  /** Origins by their Chinese name (the facet's value). */
  origin: string[]
  /** A price bucket's key, "50-100" or "200-" (yuan), or null for any price. */
  price: string | null
  inStock: boolean
  sort: SearchSort
  page: number
}

export type FacetOption = { value: string; label: string; count: number }

export type SearchHit = {
  id: string
  handle: string
  title: string
  subtitle: string | null
  thumbnail: string | null
  category: string | null
  cooperative: string | null
  origin: string | null
  minPrice: number | null
  currencyCode: string
  inStock: boolean
  festival: boolean
  highlight: { title: HighlightPart[]; subtitle: HighlightPart[] }
}

export type SearchResult = {
  query: string
  count: number
  page: number
  pageCount: number
  /** Nothing matched exactly; these hits are near misses (typo tolerance). */
  typoFallback: boolean
  hits: SearchHit[]
  facets: {
    category: FacetOption[]
    cooperative: FacetOption[]
    origin: FacetOption[]
    price: { key: string; from: number; to: number | null; count: number }[]
    inStock: number
  }
}
