import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { StoreFestivalResponse } from "@tarim/contracts"
import { sendSerialised, serialise } from "../../../../lib/shared-answers"
import { festivalAnswers, presentFestival, STORE_FESTIVAL_FIELDS, type StoredFestival } from "../helpers"

/**
 * GET /store/festivals/current: the festival live now, else the next one to start; 404 when there is neither.
 * The answer is computed and serialised once per two seconds (see festivalAnswers) and carries an ETag.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const answer = await festivalAnswers.get("current", async () => {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "festival",
      fields: STORE_FESTIVAL_FIELDS,
      filters: { ends_at: { $gt: new Date() } },
      pagination: { order: { starts_at: "ASC" }, take: 1 },
    })
    if (!data.length) return null
    const body: StoreFestivalResponse = { festival: await presentFestival(req.scope, data[0] as StoredFestival) }
    return serialise(body)
  })
  if (!answer) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "No festival is live or coming up")
  }
  sendSerialised(res, answer)
}
