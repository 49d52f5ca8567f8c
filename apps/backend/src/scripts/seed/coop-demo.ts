import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { markOrderFulfillmentAsDeliveredWorkflow } from "@medusajs/medusa/core-flows"
import { coopOrderIds, presentCoopOrders } from "../../lib/coop-orders"
import { acceptCooperativeInviteWorkflow } from "../../workflows/accept-cooperative-invite"
import { inviteCooperativeMemberWorkflow } from "../../workflows/invite-cooperative-member"
import { shipCoopLinesWorkflow } from "../../workflows/ship-coop-lines"

/** The demo managers' shared password: development only (the script refuses production). */
export const DEMO_COOP_PASSWORD = "tarim-dev-only"
/** `<cooperative handle>@coop.tarim.local` signs in to the co-op portal as that co-op's manager. */
export const demoManagerEmail = (handle: string) => `${handle}@coop.tarim.local`

const CARRIERS = [
  ["顺丰速运", "SF"],
  ["中通快递", "ZT"],
] as const

/**
 * Gives every cooperative a manager (invited and accepted through the same workflows as a real one) and ships each
 * co-op's two oldest waiting demo orders, the first of them delivered, so the portal and the order pages show all
 * three states. Skips co-ops that already have their demo manager.
 */
export async function seedCoopDemo(container: MedusaContainer): Promise<{ managers: string[]; shipped: number }> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: cooperatives } = await query.graph({
    entity: "cooperative",
    fields: ["id", "handle", "members.email", "products.id", "stock_locations.id"],
  })
  const managers: string[] = []
  let shipped = 0
  for (const [n, coop] of cooperatives.entries()) {
    const email = demoManagerEmail(coop.handle)
    if ((coop.members ?? []).some((m) => m?.email === email)) continue
    const { result: invite } = await inviteCooperativeMemberWorkflow(container).run({ input: { cooperative_id: coop.id, email } })
    const { result: accepted } = await acceptCooperativeInviteWorkflow(container).run({
      input: { token: invite.url.split("/").pop()!, password: DEMO_COOP_PASSWORD, name: null },
    })
    managers.push(email)

    const productIds = (coop.products ?? []).flatMap((p) => (p ? [p.id] : []))
    const locationId = coop.stock_locations?.[0]?.id
    if (!locationId) continue
    const { ids } = await coopOrderIds(container, productIds, { filter: "waiting", limit: 50, offset: 0 })
    const oldest = (await presentCoopOrders(container, productIds, ids.reverse().slice(0, 2))).filter((o) => o.lines.length)
    for (const [i, order] of oldest.entries()) {
      const [carrier, prefix] = CARRIERS[(n + i) % CARRIERS.length]
      const { result: fulfillmentId } = await shipCoopLinesWorkflow(container).run({
        input: {
          order_id: order.id,
          cooperative_id: coop.id,
          location_id: locationId,
          member_id: accepted.member.id,
          carrier,
          tracking_number: `${prefix}${String(7700000000 + order.display_id * 100 + n).padStart(12, "0")}`,
          items: order.lines.map((l) => ({ id: l.id, quantity: l.quantity - l.fulfilled_quantity })),
        },
      })
      if (i === 0) await markOrderFulfillmentAsDeliveredWorkflow(container).run({ input: { orderId: order.id, fulfillmentId } })
      shipped++
    }
  }
  return { managers, shipped }
}
