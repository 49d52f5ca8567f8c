import type {
  CoopDashboardResponse,
  CoopInviteAcceptResponse,
  CoopInviteLookupResponse,
  CoopMeResponse,
  CoopOrder,
  CoopOrderResponse,
  CoopOrdersResponse,
  CoopProduceFacts,
  CoopProduct,
  CoopProductResponse,
  CoopProductsResponse,
  CoopStockChangesResponse,
  CoopStockImportRefusal,
  CoopStockResponse,
} from "@tarim/contracts"
import { getConfig } from "@/lib/config"
import { liveRequest, signInRequest, statusOf } from "./client"
import { getCoopToken } from "./session"

/**
 * The co-op portal's door to the backend: the `/coop` API with the member's token from its own cookie, and the
 * invitation routes. A 401 means the login expired or the membership was removed: callers send the member to log in.
 */

export class CoopSignedOut extends Error {
  constructor() {
    super("co-op login missing or expired")
  }
}

async function coop<T>(path: string, init: { method?: "GET" | "POST"; query?: Record<string, string | number | undefined>; body?: unknown } = {}): Promise<T> {
  const token = await getCoopToken()
  if (!token) throw new CoopSignedOut()
  try {
    return await liveRequest<T>(`/coop${path}`, { ...init, token })
  } catch (error) {
    if (statusOf(error) === 401) throw new CoopSignedOut()
    throw error
  }
}

/** Signs a co-op member in; resolves with their token (400/401 when email and password do not match, `TooManyAttempts`). */
export async function coopLogin(email: string, password: string): Promise<string> {
  const { token } = await signInRequest<{ token: string }>("/auth/coop_member/emailpass", { email, password })
  return token
}

export const lookupInvite = (token: string) =>
  liveRequest<CoopInviteLookupResponse>("/coop-invites/lookup", { method: "POST", body: { token } }).then((r) => r.invite)

export const acceptInvite = (token: string, password: string, name: string | null) =>
  signInRequest<CoopInviteAcceptResponse>("/coop-invites/accept", { token, password, name })

export const coopMe = () => coop<CoopMeResponse>("/me")
export const coopDashboard = () => coop<CoopDashboardResponse>("/dashboard")
export const coopProducts = () => coop<CoopProductsResponse>("/products").then((r) => r.products)
export const coopProduct = (id: string) => coop<CoopProductResponse>(`/products/${encodeURIComponent(id)}`).then((r) => r.product)

export type ProductEdit = {
  title?: string
  subtitle?: string | null
  description?: string | null
  status?: "draft" | "published"
  variants?: { id: string; price: number }[]
  produce?: Partial<CoopProduceFacts>
}

export const updateCoopProduct = (id: string, edit: ProductEdit): Promise<CoopProduct> =>
  coop<CoopProductResponse>(`/products/${encodeURIComponent(id)}`, { method: "POST", body: edit }).then((r) => r.product)

export const coopStock = () => coop<CoopStockResponse>("/stock")

/** A stock change refused row by row (nothing was written); `refusal.errors` lists every bad row. */
export class StockRefused extends Error {
  constructor(readonly refusal: CoopStockImportRefusal) {
    super(refusal.message)
  }
}

/**
 * A plain fetch to the `/coop` API for the answers the JS SDK cannot hand over: its FetchError keeps only the message,
 * and a refused stock file's row list is in the body; the CSV export is text.
 */
async function coopFetch(path: string, init: { method?: "GET" | "POST"; body?: unknown } = {}): Promise<Response> {
  const token = await getCoopToken()
  if (!token) throw new CoopSignedOut()
  const res = await fetch(`${getConfig().backendUrl}/coop${path}`, {
    method: init.method ?? "GET",
    headers: { authorization: `Bearer ${token}`, ...(init.body ? { "content-type": "application/json" } : {}) },
    body: init.body ? JSON.stringify(init.body) : undefined,
    cache: "no-store",
  })
  if (res.status === 401) throw new CoopSignedOut()
  return res
}

async function stockChange(path: string, body: unknown): Promise<CoopStockChangesResponse> {
  const res = await coopFetch(path, { method: "POST", body })
  const answer = await res.json().catch(() => ({}))
  if (res.ok) return answer as CoopStockChangesResponse
  if ((res.status === 400 || res.status === 404) && answer?.type === "invalid_rows") throw new StockRefused(answer)
  throw new Error(`${path} answered ${res.status}: ${answer?.message ?? res.statusText}`)
}

export const adjustStock = (items: { sku: string; stocked_quantity: number }[], reason: string) =>
  stockChange("/stock/adjustments", { items, reason })

export const importStock = (csv: string, reason: string, dryRun: boolean) =>
  stockChange("/stock/import", { csv, reason, dry_run: dryRun })

/** The stock CSV as the backend writes it (UTF-8 with a byte-order mark). */
export async function exportStockCsv(): Promise<string> {
  const res = await coopFetch("/stock/export")
  if (!res.ok) throw new Error(`stock export answered ${res.status}`)
  return res.text()
}

export const coopOrders = (status: "waiting" | "presale" | "shipped" | "all", offset = 0, limit = 20) =>
  coop<CoopOrdersResponse>("/orders", { query: { status, offset, limit } })

export const coopOrder = (id: string): Promise<CoopOrder> =>
  coop<CoopOrderResponse>(`/orders/${encodeURIComponent(id)}`).then((r) => r.order)

export const shipOrder = (id: string, carrier: string, trackingNumber: string) =>
  coop<CoopOrderResponse>(`/orders/${encodeURIComponent(id)}/shipments`, {
    method: "POST",
    body: { carrier, tracking_number: trackingNumber },
  }).then((r) => r.order)

export const markDelivered = (orderId: string, shipmentId: string) =>
  coop<CoopOrderResponse>(`/orders/${encodeURIComponent(orderId)}/shipments/${encodeURIComponent(shipmentId)}/delivered`, {
    method: "POST",
  }).then((r) => r.order)

/** Asks Medusa to send a co-op member a reset link (it answers the same whether or not the email is a member's). */
export async function requestPasswordReset(email: string): Promise<void> {
  await liveRequest("/auth/coop_member/emailpass/reset-password", { method: "POST", body: { identifier: email } })
}

/** Sets a new password with the token from the reset link (401 when the token expired or was used). */
export async function resetPassword(token: string, email: string, password: string): Promise<void> {
  await liveRequest("/auth/coop_member/emailpass/update", { method: "POST", body: { email, password }, token })
}
