import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { isTimeZone } from "../../lib/rules"
import { festivalService as service, type FestivalFields } from "../utils/festival-fields"

/** Checks the window and time zone of a new or updated festival against its stored values. */
export const validateFestivalStep = createStep(
  "validate-festival",
  async (input: Partial<FestivalFields> & { id?: string }, { container }) => {
    const current = input.id ? await service(container).retrieveFestival(input.id) : undefined
    const handle = input.handle ?? current?.handle
    const startsAt = new Date(input.starts_at ?? current!.starts_at)
    const endsAt = new Date(input.ends_at ?? current!.ends_at)
    if (!(endsAt > startsAt)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Festival "${handle}" must end after it starts (starts_at ${startsAt.toISOString()}, ends_at ${endsAt.toISOString()})`
      )
    }
    if (input.timezone !== undefined && !isTimeZone(input.timezone)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Festival "${handle}": "${input.timezone}" is not an IANA time zone such as Asia/Shanghai`
      )
    }
    return new StepResponse(undefined)
  }
)
