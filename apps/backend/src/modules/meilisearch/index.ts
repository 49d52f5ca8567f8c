import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { MeilisearchSearchService } from "./service"

/** Search Module provider `meilisearch`; registered in medusa-config.ts when MEILISEARCH_HOST is set. */
export default ModuleProvider(Modules.SEARCH, { services: [MeilisearchSearchService] })
