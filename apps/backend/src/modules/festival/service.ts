import { MedusaService } from "@medusajs/framework/utils"
import { Festival } from "./models/festival"

/** CRUD for festivals; progress is computed from orders by the tonnage report, not stored here. */
export default class FestivalModuleService extends MedusaService({ Festival }) {}
