import { defineLink } from "@medusajs/framework/utils"
import StockLocationModule from "@medusajs/medusa/stock-location"
import CooperativeModule from "../modules/cooperative"

/** The warehouses a cooperative ships from. */
export default defineLink(CooperativeModule.linkable.cooperative, {
  linkable: StockLocationModule.linkable.stockLocation,
  isList: true,
})
