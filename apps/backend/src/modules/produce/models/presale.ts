import { model } from "@medusajs/framework/utils"

/**
 * A variant sold ahead of its harvest (预售), linked to the variant. It ships from `ships_on`; what can be sold
 * ahead is capped by the variant's stock at its co-op's warehouse (Medusa's inventory, no backorders), so a
 * pre-sale sells out like anything else.
 */
export const Presale = model.define("presale", {
  id: model.id({ prefix: "presale" }).primaryKey(),
  /** The first day it ships: a calendar date in China, "YYYY-MM-DD". */
  ships_on: model.text(),
})
