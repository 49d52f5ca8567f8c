import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import type CooperativeModuleService from "../../modules/cooperative/service"

/** What a co-op member's request may reach: their cooperative, its warehouses and its products. */
export type CoopScope = {
  member: { id: string; email: string; name: string | null }
  cooperative_id: string
  location_ids: string[]
  product_ids: string[]
}

const scopes = new WeakMap<object, CoopScope>()

/**
 * Runs after `authenticate("coop_member", "bearer")` on every `/coop` route. The token names a member; the member is
 * read again on each request, so removing a member cuts off tokens already issued.
 */
export async function requireCoopMember(req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const memberId = req.auth_context?.actor_id
  const service: CooperativeModuleService = req.scope.resolve(COOPERATIVE_MODULE)
  const [member] = memberId ? await service.listCooperativeMembers({ id: memberId }, { relations: ["cooperative"] }) : []
  if (!member) {
    return next(new MedusaError(MedusaError.Types.UNAUTHORIZED, "This co-op login is no longer a member of any cooperative"))
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [cooperative],
  } = await query.graph({
    entity: "cooperative",
    fields: ["id", "products.id", "stock_locations.id"],
    filters: { id: member.cooperative.id },
  })
  scopes.set(req, {
    member: { id: member.id, email: member.email, name: member.name },
    cooperative_id: member.cooperative.id,
    location_ids: (cooperative?.stock_locations ?? []).flatMap((l) => (l ? [l.id] : [])),
    product_ids: (cooperative?.products ?? []).flatMap((p) => (p ? [p.id] : [])),
  })
  next()
}

/** The scope `requireCoopMember` set for this request. */
export function coopScope(req: AuthenticatedMedusaRequest): CoopScope {
  const scope = scopes.get(req)
  if (!scope) throw new Error("coopScope() called on a route without requireCoopMember in front of it")
  return scope
}

/** 404 unless the product is one of this co-op's: another co-op's ids look exactly like ids that do not exist. */
export function assertOwnProduct(scope: CoopScope, productId: string) {
  if (!scope.product_ids.includes(productId)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${productId} was not found among your cooperative's products`)
  }
}
