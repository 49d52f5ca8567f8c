import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { shareBriefly } from "../../../../lib/festival-report"
import { sendSerialised, serialise } from "../../../../lib/shared-answers"
import { presentFestival, STORE_FESTIVAL_FIELDS } from "../helpers"

/** GET /store/festivals/:handle: window, status, live progress and participating product ids (with an ETag). */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { handle } = req.params
  const answer = await shareBriefly(`handle:${handle}`, async () => {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "festival", fields: STORE_FESTIVAL_FIELDS, filters: { handle } })
    return data.length ? serialise({ festival: await presentFestival(req.scope, data[0]) }) : null
  })
  if (!answer) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Festival with handle "${handle}" was not found`)
  }
  sendSerialised(res, answer)
}
