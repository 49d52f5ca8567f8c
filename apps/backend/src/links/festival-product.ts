import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import FestivalModule from "../modules/festival"

/** The products taking part in a festival; a product can join many festivals over the years. */
export default defineLink(
  { linkable: FestivalModule.linkable.festival, isList: true },
  { linkable: ProductModule.linkable.product, isList: true }
)
