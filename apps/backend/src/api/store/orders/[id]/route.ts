import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
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
  const signedIn = req.auth_context?.actor_type === "customer" && !!req.auth_context.actor_id
  const full =
    (signedIn && customerId === req.auth_context.actor_id) || verifyOrderAccess(String(shown.id), req.get("x-order-access"), orderAccessSecret(req.scope))
  const access: StoreOrderAccessLevel = full ? "full" : "masked"
  res.json({ order: full ? shown : maskOrder(shown), access })
}
