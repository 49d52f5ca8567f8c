import { Module } from "@medusajs/framework/utils"
import CheckoutGateService from "./service"

export const CHECKOUT_GATE_MODULE = "checkoutGate"

export default Module(CHECKOUT_GATE_MODULE, { service: CheckoutGateService })
