import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { festivalService as service, type FestivalFields } from "../utils/festival-fields"

/** Creates a festival; compensation deletes it. */
export const createFestivalStep = createStep(
  "create-festival",
  async (input: FestivalFields, { container }) => {
    const festival = await service(container).createFestivals(input)
    return new StepResponse(festival, festival.id)
  },
  async (id, { container }) => {
    if (id) await service(container).deleteFestivals([id])
  }
)
