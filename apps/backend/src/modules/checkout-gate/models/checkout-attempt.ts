import { model } from "@medusajs/framework/utils"

/**
 * A cart completion in flight, written before Medusa's completeCartWorkflow starts and deleted when it ends. One
 * left behind by a process that died says which cart may hold half an order, and `owner` tells whether the process
 * that wrote it is still alive.
 */
export const CheckoutAttempt = model
  .define("checkout_attempt", {
    id: model.id({ prefix: "chkatt" }).primaryKey(),
    cart_id: model.text(),
    /** The server process running it (CheckoutGateService.owner). */
    owner: model.text(),
  })
  .indexes([{ on: ["cart_id"] }])
