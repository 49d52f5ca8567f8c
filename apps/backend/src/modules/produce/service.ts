import { MedusaService } from "@medusajs/framework/utils"
import { ProduceFacts } from "./models/produce-facts"

/** CRUD for produce facts; a product links to exactly one record. */
export default class ProduceModuleService extends MedusaService({ ProduceFacts }) {}
