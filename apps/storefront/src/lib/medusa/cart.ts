import { liveRequest, statusOf } from "./client"
import { getRegion } from "./regions"
import { getAuthToken, getCartId } from "./session"
import type { Cart, CheckoutAddress, PaymentProvider, ShippingOption } from "./types"

const CART_FIELDS =
  "id,email,currency_code,region_id,completed_at,item_total,item_subtotal,subtotal,shipping_total,total,*items,*items.product,*items.variant,*items.variant.presale,*shipping_methods,*shipping_address"

type AddressDTO = {
  first_name?: string | null
  phone?: string | null
  province?: string | null
  city?: string | null
  address_1?: string | null
  address_2?: string | null
}
type CartDTO = {
  id: string
  email: string | null
  currency_code: string
  region_id: string
  completed_at?: string | null
  item_total: number
  subtotal: number
  shipping_total: number
  total: number
  items?: {
    id: string
    product_id?: string | null
    variant_id?: string | null
    product_handle?: string | null
    product?: { handle: string } | null
    variant?: { presale?: { ships_on: string } | null } | null
    product_title?: string | null
    title: string
    variant_title?: string | null
    thumbnail: string | null
    quantity: number
    unit_price: number
    total: number
  }[]
  shipping_methods?: { shipping_option_id: string }[]
  shipping_address?: AddressDTO | null
}

/**
 * Medusa's address has no district line: the storefront keeps the district in address_2, so warehouse staff see
 * it in the admin, and the street in address_1.
 */
export function toAddress(a: AddressDTO | null | undefined): CheckoutAddress | null {
  if (!a?.address_1) return null
  return {
    name: a.first_name ?? "",
    phone: a.phone ?? "",
    province: a.province ?? "",
    city: a.city ?? "",
    district: a.address_2 ?? "",
    street: a.address_1 ?? "",
  }
}

/** The Medusa address body for a Chinese checkout address. */
export function toMedusaAddress(a: CheckoutAddress) {
  return {
    first_name: a.name,
    last_name: "",
    phone: a.phone,
    province: a.province,
    city: a.city,
    address_2: a.district,
    address_1: a.street,
    country_code: "cn",
  }
}

export function toCart(c: CartDTO): Cart {
  const lines = (c.items ?? [])
    .map((i) => ({
      id: i.id,
      productId: i.product_id ?? null,
      variantId: i.variant_id ?? null,
      productHandle: i.product_handle ?? i.product?.handle ?? null,
      title: i.product_title ?? i.title,
      variantTitle: i.variant_title ?? "",
      thumbnail: i.thumbnail,
      quantity: i.quantity,
      unitPrice: i.unit_price,
      total: i.total,
      shipsOn: i.variant?.presale?.ships_on ?? null,
    }))
    .sort((a, b) => a.id.localeCompare(b.id))
  return {
    id: c.id,
    email: c.email,
    currencyCode: c.currency_code,
    regionId: c.region_id,
    lines,
    itemCount: lines.reduce((n, l) => n + l.quantity, 0),
    subtotal: c.item_total,
    shippingTotal: c.shipping_total,
    total: c.total,
    shippingMethodOptionId: c.shipping_methods?.[0]?.shipping_option_id ?? null,
    address: toAddress(c.shipping_address),
  }
}

/** Reads a cart by id; null if Medusa no longer has it or it has become an order. */
export async function retrieveCart(id: string): Promise<Cart | null> {
  try {
    const { cart } = await liveRequest<{ cart: CartDTO }>(`/store/carts/${id}`, {
      query: { fields: CART_FIELDS },
      token: await getAuthToken(),
    })
    return cart.completed_at ? null : toCart(cart)
  } catch (error) {
    if (statusOf(error) === 404) return null
    throw error
  }
}

/** The shopper's cart from the cookie, or null. */
export async function getCart(): Promise<Cart | null> {
  const id = await getCartId()
  return id ? retrieveCart(id) : null
}

/** Creates a cart in the shop's region (tied to the customer when signed in). */
export async function createCart(): Promise<Cart> {
  const region = await getRegion()
  const { cart } = await liveRequest<{ cart: CartDTO }>("/store/carts", {
    method: "POST",
    body: { region_id: region.id },
    query: { fields: CART_FIELDS },
    token: await getAuthToken(),
  })
  return toCart(cart)
}

/** A cart call; Medusa answers with the cart (or, for a removed line, its parent). */
async function cartRequest(path: string, method: "POST" | "DELETE", body?: Record<string, unknown>): Promise<Cart> {
  const res = await liveRequest<{ cart?: CartDTO; parent?: CartDTO }>(path, {
    method,
    body,
    query: { fields: CART_FIELDS },
    token: await getAuthToken(),
  })
  const cart = res.cart ?? res.parent
  if (!cart) throw new Error(`Medusa returned no cart for ${method} ${path}`)
  return toCart(cart)
}

/** Adds `quantity` boxes of a variant to the cart (Medusa merges them into a line of the same variant). */
export function addLine(cartId: string, variantId: string, quantity: number): Promise<Cart> {
  return cartRequest(`/store/carts/${cartId}/line-items`, "POST", { variant_id: variantId, quantity })
}

/** Sets a line's quantity; 0 removes the line. */
export function setLineQuantity(cartId: string, lineId: string, quantity: number): Promise<Cart> {
  const path = `/store/carts/${cartId}/line-items/${lineId}`
  return quantity === 0 ? cartRequest(path, "DELETE") : cartRequest(path, "POST", { quantity })
}

/** Saves the shopper's email and Chinese address (as shipping and billing address) on the cart. */
export function saveContact(cartId: string, email: string, address: CheckoutAddress): Promise<Cart> {
  const medusaAddress = toMedusaAddress(address)
  return cartRequest(`/store/carts/${cartId}`, "POST", { email, shipping_address: medusaAddress, billing_address: medusaAddress })
}

/** Sets the cart's delivery method. */
export function chooseShipping(cartId: string, optionId: string): Promise<Cart> {
  return cartRequest(`/store/carts/${cartId}/shipping-methods`, "POST", { option_id: optionId })
}

/** Makes a cart started while signed out the signed-in customer's, so the order lands in their history. */
export async function transferCart(cartId: string, token: string): Promise<void> {
  await liveRequest(`/store/carts/${cartId}/customer`, { method: "POST", token })
}

type StockVariantDTO = { id: string; manage_inventory?: boolean | null; allow_backorder?: boolean | null; inventory_quantity?: number | null }

/**
 * How many boxes each line's variant has left right now, by line id (null where Medusa does not count the stock or
 * allows backorders). Live: the cart page marks the lines other buyers have emptied.
 */
export async function lineStock(cart: Cart): Promise<Map<string, number | null>> {
  const productIds = [...new Set(cart.lines.map((l) => l.productId).filter((id): id is string => Boolean(id)))]
  if (!productIds.length) return new Map()
  const { products } = await liveRequest<{ products: { variants?: StockVariantDTO[] | null }[] }>("/store/products", {
    query: { id: productIds, limit: productIds.length, fields: "id,variants.id,variants.manage_inventory,variants.allow_backorder,+variants.inventory_quantity" },
  })
  const variants = new Map(products.flatMap((p) => p.variants ?? []).map((v) => [v.id, v]))
  return new Map(
    cart.lines.map((line) => {
      const v = line.variantId ? variants.get(line.variantId) : undefined
      const counted = v && v.manage_inventory && !v.allow_backorder
      return [line.id, counted ? Math.max(0, v.inventory_quantity ?? 0) : null]
    })
  )
}

type ShippingOptionDTO = { id: string; name: string; amount?: number | null; calculated_price?: { calculated_amount: number } | null; type?: { code?: string } | null }

/** Shipping options Medusa offers for this cart, cheapest first. */
export async function listShippingOptions(cartId: string, locale: string): Promise<ShippingOption[]> {
  const { shipping_options } = await liveRequest<{ shipping_options: ShippingOptionDTO[] }>("/store/shipping-options", {
    query: { cart_id: cartId, fields: "id,name,amount,*calculated_price,*type" },
    locale,
  })
  return shipping_options
    .map((o) => ({
      id: o.id,
      name: o.name,
      amount: o.amount ?? o.calculated_price?.calculated_amount ?? 0,
      coldChain: o.type?.code === "cold-chain",
    }))
    .sort((a, b) => a.amount - b.amount)
}

/** Payment providers enabled for the region. */
export async function listPaymentProviders(regionId: string): Promise<PaymentProvider[]> {
  const { payment_providers } = await liveRequest<{ payment_providers: { id: string }[] }>("/store/payment-providers", {
    query: { region_id: regionId },
  })
  return payment_providers.map((p) => ({ id: p.id }))
}
