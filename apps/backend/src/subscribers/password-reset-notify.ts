import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { notifyCoopPasswordResetWorkflow } from "../workflows/notify-coop-password-reset"

type ResetEvent = { entity_id: string; actor_type: string; token: string }

/** A co-op member asked to reset their password (POST /auth/coop_member/emailpass/reset-password): send the link. */
export default async function passwordResetNotify({ event, container }: SubscriberArgs<ResetEvent>) {
  if (event.data.actor_type !== "coop_member") return
  await notifyCoopPasswordResetWorkflow(container).run({ input: { email: event.data.entity_id, token: event.data.token } })
}

export const config: SubscriberConfig = { event: "auth.password_reset" }
