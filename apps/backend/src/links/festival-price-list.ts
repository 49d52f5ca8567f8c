import { defineLink } from "@medusajs/framework/utils"
import PricingModule from "@medusajs/medusa/pricing"
import FestivalModule from "../modules/festival"

/** The Medusa price list that carries a festival's prices during its window. */
export default defineLink(FestivalModule.linkable.festival, PricingModule.linkable.priceList)
