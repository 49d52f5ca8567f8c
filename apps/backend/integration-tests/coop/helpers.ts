import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

export const COOP_PASSWORD = "co-op-test-password"

/** The seeded cooperative with this handle: id, warehouses and product ids. */
export async function seededCoop(container: MedusaContainer, handle: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [coop],
  } = await query.graph({
    entity: "cooperative",
    fields: ["id", "handle", "stock_locations.id", "products.id"],
    filters: { handle },
  })
  return {
    id: coop.id as string,
    locationIds: coop.stock_locations.map((l: any) => l.id as string),
    productIds: coop.products.map((p: any) => p.id as string),
  }
}

/** Invites `email` to a co-op through the admin API, accepts with COOP_PASSWORD, signs in: the member's headers. */
export async function coopMember(api: any, admin: any, cooperativeId: string, email: string) {
  const { data } = await api.post(`/admin/cooperatives/${cooperativeId}/invites`, { email }, admin)
  const token = new URL(data.url).pathname.split("/").pop()!
  await api.post("/coop-invites/accept", { token, password: COOP_PASSWORD })
  const login = await api.post("/auth/coop_member/emailpass", { email, password: COOP_PASSWORD })
  return { headers: { authorization: `Bearer ${login.data.token}` } }
}

/** The last notification sent to an address through the Notification Module. */
export async function lastNotification(container: MedusaContainer, to: string) {
  const [notification] = await container
    .resolve(Modules.NOTIFICATION)
    .listNotifications({ to }, { order: { created_at: "DESC" }, take: 1 })
  return notification
}
