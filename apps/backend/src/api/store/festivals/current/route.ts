import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { presentFestival, STORE_FESTIVAL_FIELDS } from "../helpers"

/** GET /store/festivals/current: the festival live now, else the next one to start; 404 when there is neither. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const now = new Date()
  const { data } = await query.graph({
    entity: "festival",
    fields: STORE_FESTIVAL_FIELDS,
    filters: { ends_at: { $gt: now } },
    pagination: { order: { starts_at: "ASC" }, take: 1 },
  })
  if (!data.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "No festival is live or coming up")
  }
  res.json({ festival: await presentFestival(req.scope, data[0]) })
}
