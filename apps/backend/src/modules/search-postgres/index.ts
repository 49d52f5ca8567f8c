import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { FacetedPostgresSearchService } from "./service"

/** Search Module provider `search-postgres`: Medusa's Postgres provider with a one-statement read path (service.ts). */
export default ModuleProvider(Modules.SEARCH, { services: [FacetedPostgresSearchService] })
