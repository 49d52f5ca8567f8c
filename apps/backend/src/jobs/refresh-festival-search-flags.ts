import type { MedusaContainer } from "@medusajs/framework/types"
import { refreshFestivalSearchFlagsWorkflow } from "../workflows/refresh-festival-search-flags"

/** Every minute: festivals open and close on the clock, and the search index's festival flag follows. */
export default async function refreshFestivalSearchFlags(container: MedusaContainer) {
  await refreshFestivalSearchFlagsWorkflow(container).run()
}

export const config = { name: "refresh-festival-search-flags", schedule: "* * * * *" }
