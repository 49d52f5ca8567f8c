import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import ProduceModule from "../modules/produce"

/** Each product carries one set of produce facts, removed with the product. */
export default defineLink(ProductModule.linkable.product, {
  linkable: ProduceModule.linkable.produceFacts,
  deleteCascade: true,
})
