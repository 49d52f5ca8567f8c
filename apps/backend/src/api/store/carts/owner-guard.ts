import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/**
 * Medusa treats a cart id as the key to the cart: whoever holds it may read the cart (email, address), change it,
 * complete it, and even move it to their own account. A signed-in customer holding another registered customer's cart
 * id (a swapped cookie, a shared computer) is answered here exactly as for a cart that does not exist. Signed-out
 * requests keep Medusa's rule: a guest who types a registered customer's email at checkout has their cart linked to
 * that account by Medusa, and must still be able to finish paying for it.
 */
export async function cartsOfCustomersStayTheirs(req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const requester = req.auth_context?.actor_id
  if (!requester) return next()
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: ["id", "customer_id", "customer.has_account"],
    filters: { id: req.params.id },
  })
  const cart = data[0]
  if (!cart?.customer?.has_account || cart.customer_id === requester) return next()
  next(new MedusaError(MedusaError.Types.NOT_FOUND, `Cart id not found: ${req.params.id}`))
}
