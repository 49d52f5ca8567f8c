import { MedusaService } from "@medusajs/framework/utils"
import { Presale } from "./models/presale"
import { ProduceFacts } from "./models/produce-facts"

/** CRUD for produce facts (a product links to exactly one record) and pre-sale terms (a variant links to at most one). */
export default class ProduceModuleService extends MedusaService({ ProduceFacts, Presale }) {}
