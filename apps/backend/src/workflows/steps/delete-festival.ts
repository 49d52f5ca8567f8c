import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { festivalService as service } from "../utils/festival-fields"

/** Soft-deletes a festival; compensation restores it. */
export const deleteFestivalStep = createStep(
  "delete-festival",
  async (id: string, { container }) => {
    await service(container).softDeleteFestivals([id])
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (id) await service(container).restoreFestivals([id])
  }
)
