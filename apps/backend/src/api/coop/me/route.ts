import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { CoopMeResponse } from "@tarim/contracts"
import { coopScope } from "../scope"

/** GET /coop/me: who is signed in, for which cooperative, shipping from which warehouses. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<CoopMeResponse>) {
  const scope = coopScope(req)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [cooperative],
  } = await query.graph({
    entity: "cooperative",
    fields: ["id", "handle", "name_zh", "name_en", "place_zh", "place_en", "stock_locations.id", "stock_locations.name"],
    filters: { id: scope.cooperative_id },
  })
  const { stock_locations, ...fields } = cooperative
  res.json({
    member: scope.member,
    cooperative: fields,
    locations: (stock_locations ?? []).flatMap((l) => (l ? [{ id: l.id, name: l.name }] : [])),
  })
}
