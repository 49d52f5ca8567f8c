import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import CooperativeModule from "../modules/cooperative"

/** A cooperative sells many products; each product comes from one cooperative. */
export default defineLink(CooperativeModule.linkable.cooperative, {
  linkable: ProductModule.linkable.product,
  isList: true,
})
