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
    locationIds: (coop.stock_locations ?? []).map((l: any) => l.id as string),
    productIds: (coop.products ?? []).map((p: any) => p.id as string),
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

/** Region and sales channel of the seeded shop, and the variant id of each seeded SKU. */
export async function shop(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: regions } = await query.graph({ entity: "region", fields: ["id"] })
  const { data: channels } = await query.graph({ entity: "sales_channel", fields: ["id"] })
  const { data: variants } = await query.graph({ entity: "product_variant", fields: ["id", "sku"] })
  const variant = (sku: string) => {
    const found = variants.find((v) => v.sku === sku)
    if (!found) throw new Error(`no seeded variant with SKU ${sku}`)
    return found.id as string
  }
  return { regionId: regions[0].id as string, salesChannelId: channels[0].id as string, variant }
}

/** The stocked and reserved quantities of one SKU at one location. */
export async function levelOf(container: MedusaContainer, sku: string, locationId: string) {
  const inventory = container.resolve(Modules.INVENTORY)
  const [item] = await inventory.listInventoryItems({ sku })
  const [level] = await inventory.listInventoryLevels({ inventory_item_id: item.id, location_id: locationId })
  return { stocked: Number(level.stocked_quantity), reserved: Number(level.reserved_quantity) }
}
