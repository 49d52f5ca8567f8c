import { model } from "@medusajs/framework/utils"
import { Cooperative } from "./cooperative"

/**
 * An invitation for an email to join a cooperative. Only the SHA-256 of its token is kept here, so the invitations
 * API can never show a link again; the link travels in the invitation message (whose notification row keeps it until
 * it expires, like the invitee's mailbox) and once in the organizer's answer.
 */
export const CooperativeInvite = model
  .define("cooperative_invite", {
    id: model.id({ prefix: "coopinv" }).primaryKey(),
    email: model.text(),
    token_hash: model.text().unique(),
    expires_at: model.dateTime(),
    accepted_at: model.dateTime().nullable(),
    cooperative: model.belongsTo(() => Cooperative, { mappedBy: "invites" }),
  })
  .indexes([{ on: ["email"] }])
