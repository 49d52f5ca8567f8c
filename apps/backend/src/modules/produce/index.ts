import { Module } from "@medusajs/framework/utils"
import ProduceModuleService from "./service"

export const PRODUCE_MODULE = "produce"

export default Module(PRODUCE_MODULE, { service: ProduceModuleService })
