import { Module } from "@medusajs/framework/utils"
import FestivalModuleService from "./service"

export const FESTIVAL_MODULE = "festival"

export default Module(FESTIVAL_MODULE, { service: FestivalModuleService })
