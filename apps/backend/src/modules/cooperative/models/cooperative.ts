import { model } from "@medusajs/framework/utils"
import { CooperativeInvite } from "./cooperative-invite"
import { CooperativeMember } from "./cooperative-member"
import { StockAdjustment } from "./stock-adjustment"

/** A growers' cooperative (合作社) that sells its own produce through the shop. */
export const Cooperative = model
  .define("cooperative", {
    id: model.id({ prefix: "coop" }).primaryKey(),
    handle: model.text().unique(),
    name_zh: model.text().searchable(),
    name_en: model.text().searchable(),
    /** Regiment or township it farms in, e.g. 阿拉尔市 十二团. */
    place_zh: model.text(),
    place_en: model.text(),
    story_zh: model.text(),
    story_en: model.text(),
    contact_name: model.text().nullable(),
    contact_phone: model.text().nullable(),
    members: model.hasMany(() => CooperativeMember, { mappedBy: "cooperative" }),
    invites: model.hasMany(() => CooperativeInvite, { mappedBy: "cooperative" }),
    stock_adjustments: model.hasMany(() => StockAdjustment, { mappedBy: "cooperative" }),
  })
  .cascades({ delete: ["members", "invites"] })
