import type { LinkDefinition } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCE_MODULE } from "../../../modules/produce"
import type ProduceModuleService from "../../../modules/produce/service"
import type { PresalePlan } from "./plan-presale"

type Undo = { created: string | null; updated: { id: string; ships_on: string } | null; removed: { id: string; ships_on: string } | null; variant_id: string }

const linkOf = (variantId: string, presaleId: string): LinkDefinition => ({
  [Modules.PRODUCT]: { product_variant_id: variantId },
  [PRODUCE_MODULE]: { presale_id: presaleId },
})

/** Creates, changes or removes a variant's pre-sale terms (and their link); compensation restores what was there. */
export const savePresaleStep = createStep(
  "save-presale",
  async (plan: PresalePlan, { container }) => {
    const produce: ProduceModuleService = container.resolve(PRODUCE_MODULE)
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    const undo: Undo = { created: null, updated: null, removed: null, variant_id: plan.variant_id }
    if (plan.ships_on === null) {
      if (plan.presale_id) {
        const previous = await produce.retrievePresale(plan.presale_id)
        await link.dismiss(linkOf(plan.variant_id, plan.presale_id))
        await produce.deletePresales(plan.presale_id)
        undo.removed = { id: previous.id, ships_on: previous.ships_on }
      }
    } else if (plan.presale_id) {
      const previous = await produce.retrievePresale(plan.presale_id)
      await produce.updatePresales({ id: plan.presale_id, ships_on: plan.ships_on })
      undo.updated = { id: previous.id, ships_on: previous.ships_on }
    } else {
      const presale = await produce.createPresales({ ships_on: plan.ships_on })
      await link.create(linkOf(plan.variant_id, presale.id))
      undo.created = presale.id
    }
    return new StepResponse(plan.ships_on, undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const produce: ProduceModuleService = container.resolve(PRODUCE_MODULE)
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    if (undo.created) {
      await link.dismiss(linkOf(undo.variant_id, undo.created))
      await produce.deletePresales(undo.created)
    }
    if (undo.updated) await produce.updatePresales(undo.updated)
    if (undo.removed) {
      const again = await produce.createPresales({ ships_on: undo.removed.ships_on })
      await link.create(linkOf(undo.variant_id, again.id))
    }
  }
)
