import type { OrderAccess, StoreOrderAccessLevel, StoreOrderAccessResponse, StoreOrderShipment, StoreOrderShipmentsResponse } from "@tarim/contracts"
import { liveRequest, signInRequest, statusOf } from "./client"
import { toAddress } from "./cart"
import { getAuthToken, getOrderAccess } from "./session"
import type { Order } from "./types"

const ORDER_FIELDS =
  "id,display_id,created_at,email,currency_code,total,subtotal,item_total,shipping_total,status,payment_status,fulfillment_status,*items,*shipping_address,*shipping_methods"

type OrderDTO = {
  id: string
  display_id: number
  created_at: string
  email: string | null
  currency_code: string
  total: number
  item_total?: number
  subtotal: number
  shipping_total: number
  status: string
  payment_status?: string
  fulfillment_status?: string
  items?: {
    id: string
    product_title?: string | null
    title: string
    variant_title?: string | null
    quantity: number
    total: number
    thumbnail: string | null
    metadata?: { presale_ships_on?: string } | null
  }[]
  shipping_address?: Parameters<typeof toAddress>[0]
  shipping_methods?: { name: string }[]
}

export function toOrder(o: OrderDTO, access: StoreOrderAccessLevel = "full"): Order {
  return {
    id: o.id,
    displayId: o.display_id,
    createdAt: o.created_at,
    email: o.email,
    currencyCode: o.currency_code,
    total: o.total,
    subtotal: o.item_total ?? o.subtotal,
    shippingTotal: o.shipping_total,
    status: o.status,
    paymentStatus: o.payment_status ?? "",
    fulfillmentStatus: o.fulfillment_status ?? "",
    lines: (o.items ?? []).map((i) => ({
      id: i.id,
      title: i.product_title ?? i.title,
      variantTitle: i.variant_title ?? "",
      quantity: i.quantity,
      total: i.total,
      thumbnail: i.thumbnail,
      // The day the order recorded (when checkout placed it, before the confirmation renders).
      shipsOn: i.metadata?.presale_ships_on ?? null,
    })),
    address: toAddress(o.shipping_address),
    shippingMethod: o.shipping_methods?.[0]?.name ?? null,
    masked: access === "masked",
  }
}

/**
 * One order by id, or null. Its email, phone and address come back only to the customer who placed it or to a browser
 * holding the order's access token (set at checkout, or by `unlockOrder`); anyone else gets the masked view.
 */
export async function getOrder(id: string): Promise<Order | null> {
  const access = await getOrderAccess(id)
  try {
    const { order, access: level } = await liveRequest<{ order: OrderDTO; access: StoreOrderAccessLevel }>(`/store/orders/${encodeURIComponent(id)}`, {
      query: { fields: ORDER_FIELDS },
      token: await getAuthToken(),
      headers: access ? { "x-order-access": access } : undefined,
    })
    return toOrder(order, level)
  } catch (error) {
    if (statusOf(error) === 404 || statusOf(error) === 401) return null
    throw error
  }
}

/**
 * A guest on another device proves an order is theirs with its email and phone; resolves with its access token
 * (404 when they do not match, `TooManyAttempts` after repeated misses).
 */
export async function unlockOrder(id: string, email: string, phone: string): Promise<OrderAccess> {
  const { order_access } = await signInRequest<StoreOrderAccessResponse>(`/store/orders/${encodeURIComponent(id)}/access`, { email, phone })
  return order_access
}

/** The signed-in customer's orders, newest first. */
export async function listCustomerOrders(): Promise<Order[]> {
  const token = await getAuthToken()
  if (!token) return []
  const { orders } = await liveRequest<{ orders: OrderDTO[] }>("/store/orders", {
    query: { fields: ORDER_FIELDS, order: "-created_at", limit: 50 },
    token,
  })
  return orders.map((o) => toOrder(o))
}

/** The order's parcels and, per co-op, what still waits to ship (empty when the order cannot be read). */
export async function getOrderShipments(id: string): Promise<StoreOrderShipment[]> {
  try {
    const { shipments } = await liveRequest<StoreOrderShipmentsResponse>(`/store/orders/${encodeURIComponent(id)}/shipments`, {
      token: await getAuthToken(),
    })
    return shipments
  } catch (error) {
    if (statusOf(error) === 404 || statusOf(error) === 401) return []
    throw error
  }
}
