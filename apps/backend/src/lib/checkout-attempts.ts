import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { CHECKOUT_GATE_MODULE } from "../modules/checkout-gate"
import type CheckoutGateService from "../modules/checkout-gate/service"
import { settleInterruptedCheckoutWorkflow } from "../workflows/settle-interrupted-checkout"
import { ORDER_CART_KEY } from "../workflows/settle-interrupted-checkout/steps/settle-interrupted-checkout"

const lockKey = (cartId: string) => `checkout-attempts:${cartId}`
const LOCK_TIMEOUT_S = 30

function gateOf(scope: MedusaContainer) {
  return scope.resolve<CheckoutGateService>(CHECKOUT_GATE_MODULE)
}

/**
 * If the cart's last completion died with its process (every checkout attempt on it belongs to a process that is
 * gone), settles what it left before anything else touches the cart. Returns whether it settled something.
 */
export async function settleIfInterrupted(scope: MedusaContainer, cartId: string): Promise<boolean> {
  const gate = gateOf(scope)
  if (!(await gate.listCheckoutAttempts({ cart_id: cartId }, { select: ["id"] })).length) return false
  return scope.resolve(Modules.LOCKING).execute(
    lockKey(cartId),
    async () => {
      const attempts = await gate.listCheckoutAttempts({ cart_id: cartId }, { select: ["id", "owner"] })
      if (!attempts.length) return false
      const alive = await Promise.all(attempts.map((a) => gate.isAlive(a.owner)))
      if (alive.some(Boolean)) return false
      await settleInterruptedCheckoutWorkflow(scope).run({ input: { cart_id: cartId, attempt_ids: attempts.map((a) => a.id) } })
      return true
    },
    { timeout: LOCK_TIMEOUT_S }
  )
}

/**
 * Records that this process is about to complete the cart, and marks the cart so the order Medusa makes from it can
 * be found even if the process dies before linking it. Call `end()` when the completion has finished either way.
 */
export async function beginCheckoutAttempt(
  scope: MedusaContainer,
  cartId: string,
  metadata: Record<string, unknown> | null
): Promise<{ end: () => Promise<void> }> {
  const gate = gateOf(scope)
  const attempt = await scope
    .resolve(Modules.LOCKING)
    .execute(lockKey(cartId), () => gate.createCheckoutAttempts({ cart_id: cartId, owner: gate.owner }), { timeout: LOCK_TIMEOUT_S })
  if (metadata?.[ORDER_CART_KEY] !== cartId) {
    await scope.resolve(Modules.CART).updateCarts(cartId, { metadata: { ...(metadata ?? {}), [ORDER_CART_KEY]: cartId } })
  }
  return { end: () => gate.deleteCheckoutAttempts(attempt.id) }
}

/**
 * Before a buyer is told "sold out": completions that died with their process may still hold reservations on units
 * nobody bought. Settles them (or waits while another request does) and says whether there were any, so the stock
 * is worth reading again.
 */
export async function settleDeadHolders(scope: MedusaContainer): Promise<boolean> {
  const gate = gateOf(scope)
  const attempts = await gate.listCheckoutAttempts({}, { select: ["cart_id", "owner"], take: 1000 })
  const owners = [...new Set(attempts.map((a) => a.owner))]
  const alive = new Map(await Promise.all(owners.map(async (o) => [o, await gate.isAlive(o)] as const)))
  const dead = [...new Set(attempts.filter((a) => !alive.get(a.owner)).map((a) => a.cart_id))]
  for (const cartId of dead) await settleIfInterrupted(scope, cartId)
  return dead.length > 0
}

/** Settles every cart whose checkout attempts all belong to processes that are gone (the minute job). */
export async function settleAllInterrupted(scope: MedusaContainer): Promise<number> {
  const attempts = await gateOf(scope).listCheckoutAttempts({}, { select: ["cart_id"], take: 1000 })
  let settled = 0
  for (const cartId of new Set(attempts.map((a) => a.cart_id))) {
    if (await settleIfInterrupted(scope, cartId)) settled++
  }
  return settled
}
