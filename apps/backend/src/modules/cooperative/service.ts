import { MedusaService } from "@medusajs/framework/utils"
import { Cooperative } from "./models/cooperative"
import { CooperativeInvite } from "./models/cooperative-invite"
import { CooperativeMember } from "./models/cooperative-member"
import { StockAdjustment } from "./models/stock-adjustment"

/** CRUD for cooperatives, their members, invitations and stock log; everything else happens in workflows and links. */
export default class CooperativeModuleService extends MedusaService({
  Cooperative,
  CooperativeMember,
  CooperativeInvite,
  StockAdjustment,
}) {}
