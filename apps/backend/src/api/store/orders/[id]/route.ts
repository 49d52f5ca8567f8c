import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { getOrderDetailWorkflow } from "@medusajs/medusa/core-flows"
import type { StoreOrderAccessLevel } from "@tarim/contracts"
import { maskOrder, orderAccessSecret, verifyOrderAccess } from "../../../../lib/order-access"

/**
 * GET /store/orders/:id — Medusa's route, narrowed: anyone holding the id still sees the order's number, status, lines
 * and totals (the confirmation page of a guest who lost the tab), but its email, phone and address only the signed-in
 * customer who placed it, or a browser sending the order's access token (`x-order-access`, given at completion or
 * by POST /store/orders/:id/access with the order's email and phone). `access` says which view was answered.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result: order } = await getOrderDetailWorkflow(req.scope).run({
    input: { fields: [...req.queryConfig.fields, "customer_id"], order_id: req.params.id, filters: { is_draft_order: false } },
  })
  const { customer_id: customerId, ...shown } = order as unknown as Record<string, unknown> & { customer_id?: string | null }
  await restoreLineMetadata(req, shown)
  const signedIn = req.auth_context?.actor_type === "customer" && !!req.auth_context.actor_id
  const full =
    (signedIn && customerId === req.auth_context.actor_id) || verifyOrderAccess(String(shown.id), req.get("x-order-access"), orderAccessSecret(req.scope))
  const access: StoreOrderAccessLevel = full ? "full" : "masked"
  res.json({ order: full ? shown : maskOrder(shown), access })
}

/**
 * Medusa's order detail lays each line's order-item row over the line, and that row's empty metadata hides the
 * line's own: the net grams and the pre-sale day it ships from that the order recorded. Puts the line's back.
 */
async function restoreLineMetadata(req: AuthenticatedMedusaRequest, order: Record<string, unknown>) {
  const items = order.items as Array<{ id: string; metadata?: Record<string, unknown> | null }> | undefined
  if (!items?.length) return
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [lines] } = await query.graph({ entity: "order", fields: ["items.id", "items.metadata"], filters: { id: String(order.id) } })
  const recorded = new Map((lines?.items ?? []).map((line) => [line!.id, line!.metadata ?? {}]))
  for (const item of items) item.metadata = { ...(recorded.get(item.id) ?? {}), ...(item.metadata ?? {}) }
}
