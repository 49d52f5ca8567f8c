import { model } from "@medusajs/framework/utils"
import { Cooperative } from "./cooperative"

/**
 * A person who runs one cooperative's products, stock and shipments through the co-op portal. Their login is a Medusa
 * auth identity whose `app_metadata.coop_member_id` names this row, so tokens carry the actor type `coop_member`.
 * An email belongs to at most one cooperative.
 */
export const CooperativeMember = model.define("cooperative_member", {
  id: model.id({ prefix: "coopmem" }).primaryKey(),
  email: model.text().unique(),
  name: model.text().nullable(),
  cooperative: model.belongsTo(() => Cooperative, { mappedBy: "members" }),
})
