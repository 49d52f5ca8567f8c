import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { StoreFestivalResponse } from "@tarim/contracts"
import { sendSerialised, serialise } from "../../../../lib/shared-answers"
import { festivalAnswers, presentFestival, STORE_FESTIVAL_FIELDS, type StoredFestival } from "../helpers"

/** GET /store/festivals/:handle: window, status, live progress and participating product ids (with an ETag). */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { handle } = req.params
  const answer = await festivalAnswers.get(`handle:${handle}`, async () => {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "festival", fields: STORE_FESTIVAL_FIELDS, filters: { handle } })
    if (!data.length) return null
    const body: StoreFestivalResponse = { festival: await presentFestival(req.scope, data[0] as StoredFestival) }
    return serialise(body)
  })
  if (!answer) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Festival with handle "${handle}" was not found`)
  }
  sendSerialised(res, answer)
}
