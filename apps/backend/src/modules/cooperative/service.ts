import { MedusaService } from "@medusajs/framework/utils"
import { Cooperative } from "./models/cooperative"

/** CRUD for cooperatives; everything else happens in workflows and links. */
export default class CooperativeModuleService extends MedusaService({ Cooperative }) {}
