import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import ProduceModule from "../modules/produce"

/** A variant sold ahead of its harvest carries its pre-sale terms, removed with the variant. */
export default defineLink(ProductModule.linkable.productVariant, {
  linkable: ProduceModule.linkable.presale,
  deleteCascade: true,
})
