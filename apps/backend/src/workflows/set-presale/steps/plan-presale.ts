import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { isCalendarDate, todayIn } from "../../../lib/rules"

export type SetPresaleInput = {
  variant_id: string
  /** First day it ships ("YYYY-MM-DD", China), or null to sell it as in stock again. */
  ships_on: string | null
  /** How many units can be sold ahead in all: the variant's stock at its warehouse. Required with `ships_on`. */
  cap?: number
}

export type PresalePlan = {
  variant_id: string
  product_id: string
  ships_on: string | null
  /** The variant's current pre-sale terms, if any. */
  presale_id: string | null
  /** Where the cap is kept: the variant's own stock level. Null when only the date changes. */
  level: { inventory_item_id: string; location_id: string; stocked_quantity: number } | null
}

/**
 * Checks a pre-sale setting against the variant before anything changes: a future ship date, a variant that keeps
 * stock of its own without backorders (a gift box draws on its parts and cannot be sold ahead), and a cap no lower
 * than what is already sold (reserved). Answers what to change.
 */
export const planPresaleStep = createStep("plan-presale", async (input: SetPresaleInput, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const refuse = (why: string): never => {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Variant ${input.variant_id}: ${why}`)
  }
  const { data: [variant] } = await query.graph({
    entity: "variant",
    fields: [
      "id",
      "product_id",
      "manage_inventory",
      "allow_backorder",
      "presale.id",
      "inventory_items.inventory_item_id",
      "inventory_items.required_quantity",
      "inventory_items.inventory.location_levels.location_id",
      "inventory_items.inventory.location_levels.stocked_quantity",
      "inventory_items.inventory.location_levels.reserved_quantity",
    ],
    filters: { id: input.variant_id },
  })
  if (!variant) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Variant ${input.variant_id} was not found`)
  const presaleId = (variant as { presale?: { id: string } | null }).presale?.id ?? null
  if (input.ships_on === null) {
    return new StepResponse<PresalePlan>({ variant_id: variant.id, product_id: variant.product_id!, ships_on: null, presale_id: presaleId, level: null })
  }
  if (!isCalendarDate(input.ships_on)) refuse(`ships_on must be a date like 2027-10-20, got "${input.ships_on}"`)
  if (input.ships_on <= todayIn("Asia/Shanghai")) refuse(`the ship date ${input.ships_on} is not in the future`)
  const items = (variant.inventory_items ?? []).filter(Boolean)
  if (!variant.manage_inventory || variant.allow_backorder) refuse("a pre-sale needs managed stock without backorders: its stock is the cap")
  if (items.length !== 1 || Number(items[0]!.required_quantity) !== 1) refuse("a gift box draws on its parts' stock and cannot be sold ahead")
  const levels = (items[0]!.inventory?.location_levels ?? []).filter(Boolean)
  if (levels.length !== 1) refuse(`its stock must be kept at one warehouse to cap a pre-sale, it is kept at ${levels.length}`)
  const level = levels[0]!
  const reserved = Number(level.reserved_quantity)
  const cap = input.cap
  if (cap === undefined) refuse("a pre-sale needs a cap: how many units can be sold ahead")
  if (!Number.isSafeInteger(cap) || cap! < 0) refuse(`the cap must be a whole number of units, got ${cap}`)
  if (cap! < reserved) refuse(`the cap ${cap} is below the ${reserved} units already sold ahead`)
  return new StepResponse<PresalePlan>({
    variant_id: variant.id,
    product_id: variant.product_id!,
    ships_on: input.ships_on,
    presale_id: presaleId,
    level: { inventory_item_id: items[0]!.inventory_item_id, location_id: level.location_id, stocked_quantity: cap! },
  })
})
