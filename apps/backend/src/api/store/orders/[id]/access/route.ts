import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { StoreOrderAccessResponse } from "@tarim/contracts"
import { orderAccessSecret, samePhone, signOrderAccess } from "../../../../../lib/order-access"
import type { StoreOrderAccessType } from "../../validators"

/**
 * POST /store/orders/:id/access { email, phone } — a guest on another device proves the order is theirs with the
 * email and the phone number it was placed with, and gets its access token. A wrong pair and an unknown order get the
 * same 404, and guesses are throttled like sign-ins (src/api/login-throttle.ts).
 */
export async function POST(req: MedusaRequest<StoreOrderAccessType>, res: MedusaResponse<StoreOrderAccessResponse>) {
  const { email, phone } = req.validatedBody
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = await query.graph({
    entity: "order",
    fields: ["id", "email", "shipping_address.phone", "billing_address.phone"],
    filters: { id: req.params.id, is_draft_order: false },
  })
  const matches =
    !!order &&
    (order.email ?? "").trim().toLowerCase() === email.trim().toLowerCase() &&
    (samePhone(order.shipping_address?.phone, phone) || samePhone(order.billing_address?.phone, phone))
  if (!matches) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "No order with this number was placed with that email and phone; check both and try again")
  }
  res.json({ order_access: signOrderAccess(order.id, orderAccessSecret(req.scope)) })
}
