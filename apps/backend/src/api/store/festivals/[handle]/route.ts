import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { presentFestival, STORE_FESTIVAL_FIELDS } from "../helpers"

/** GET /store/festivals/:handle: window, status, live progress and participating product ids. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { handle } = req.params
  const {
    data: [festival],
  } = await query.graph({ entity: "festival", fields: STORE_FESTIVAL_FIELDS, filters: { handle } })
  if (!festival) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Festival with handle "${handle}" was not found`)
  }
  res.json({ festival: await presentFestival(req.scope, festival) })
}
