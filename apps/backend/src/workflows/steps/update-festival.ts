import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { festivalService as service, type FestivalFields } from "../utils/festival-fields"

/** Updates a festival's own fields; compensation puts the previous values back. */
export const updateFestivalStep = createStep(
  "update-festival",
  async (input: Partial<FestivalFields> & { id: string }, { container }) => {
    const previous = await service(container).retrieveFestival(input.id)
    const festival = await service(container).updateFestivals(input)
    return new StepResponse(festival, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    const { created_at, updated_at, deleted_at, ...fields } = previous as typeof previous & Record<string, unknown>
    await service(container).updateFestivals(fields)
  }
)
