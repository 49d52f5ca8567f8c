import { type MedusaRequest, type MedusaResponse, prepareRetrieveQuery } from "@medusajs/framework/http"
import type { HttpTypes } from "@medusajs/framework/types"
import type { CheckoutBusy, CheckoutPlaced, CheckoutSoldOut } from "@tarim/contracts"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { completeCartWorkflowId } from "@medusajs/medusa/core-flows"
import { refetchCart } from "@medusajs/medusa/api/store/carts/helpers"
import { defaultStoreCartFields } from "@medusajs/medusa/api/store/carts/query-config"
import { beginCheckoutAttempt, settleDeadHolders, settleIfInterrupted } from "../../../../../lib/checkout-attempts"
import { orderAccessSecret, signOrderAccess } from "../../../../../lib/order-access"
import { snapshotOrderWeightsWorkflow } from "../../../../../workflows/snapshot-order-weights"
import { CHECKOUT_GATE_MODULE } from "../../../../../modules/checkout-gate"
import type CheckoutGateService from "../../../../../modules/checkout-gate/service"
import type { Shortage } from "../../../../../modules/checkout-gate/service"
import { type CartStock, readAvailable, readCartStock, shortages, soldOutLines } from "./cart-stock"

/** Payment errors leave the cart payable: Medusa answers 200 with the cart, so the shopper can pay again. */
const PAYMENT_ERRORS: string[] = [MedusaError.Types.PAYMENT_AUTHORIZATION_ERROR, MedusaError.Types.PAYMENT_REQUIRES_MORE_ERROR]
/** Medusa refuses a cart it cannot reserve stock for with one of these. */
const STOCK_ERRORS: string[] = [MedusaError.Types.NOT_ALLOWED, MedusaError.Types.INVALID_DATA]
const BUSY_RETRY_SECONDS = 2
/** How many times a request sent while the same cart was completing elsewhere looks at the cart again. */
const MAX_LOOKS = 3

/**
 * POST /store/carts/:id/complete — Medusa's route, with the checkout gate in front (src/modules/checkout-gate):
 * the cart waits its turn for the stock it needs, then Medusa's completeCartWorkflow places the order exactly as
 * its own route would, and the answer has the same shape. A cart the stock cannot cover gets a 409 `sold_out`
 * naming its short lines, whether the gate or Medusa's reservation found it out. Each completion is recorded as a
 * checkout attempt while it runs, so one that dies with its process is settled later (src/lib/checkout-attempts.ts).
 */
export const POST = async (req: MedusaRequest<unknown, HttpTypes.SelectParams>, res: MedusaResponse) => {
  const cartId = req.params.id
  const gate = req.scope.resolve<CheckoutGateService>(CHECKOUT_GATE_MODULE)
  for (let look = 1; ; look++) {
    let stock = await readCartStock(req.scope, cartId)
    // A completion of this cart that died with its process is kept or undone first, even when the cart became an
    // order or its items have sold out since: its attempt (and any reservation it left) must not wait for the job.
    if (await settleIfInterrupted(req.scope, cartId)) {
      stock = await readCartStock(req.scope, cartId)
      gate.forgetSoldOut(stock.needs.map((n) => n.inventoryItemId))
    }
    // A completed cart goes straight to Medusa, which answers with its order.
    if (stock.completed) return completeAndAnswer(req, res, stock)

    const admission = await gate.admit(cartId, stock.needs, (itemIds) => readAvailable(req.scope, itemIds, stock.locationIds))
    if (admission.status === "sold_out") {
      // Units reserved by a completion that died with its process are not sold: undo it and look again.
      if (look < MAX_LOOKS && (await settleDeadHolders(req.scope))) {
        gate.forgetSoldOut(admission.short.map((s) => s.inventoryItemId))
        continue
      }
      return sendSoldOut(res, stock, admission.short)
    }
    if (admission.status === "busy") return sendBusy(res)
    if (admission.status === "duplicate") {
      // The same cart sent twice at once (two tabs, a retry, two servers): the second waits for the first, then looks
      // again and finds an order, or a cart it may complete.
      if (look >= MAX_LOOKS || !(await gate.waitForTicket(cartId))) return sendBusy(res)
      continue
    }
    try {
      const attempt = await beginCheckoutAttempt(req.scope, cartId, stock.metadata)
      try {
        return await completeAndAnswer(req, res, stock)
      } finally {
        await attempt.end()
      }
    } finally {
      await admission.release()
    }
  }
}

/**
 * A reservation lock wait that gave up (Medusa throws a plain "Timed-out acquiring lock.") or a Postgres deadlock
 * between two carts locking the same items in opposite orders (medusa#16285): the workflow has undone its work, so
 * the shopper may simply send the cart again.
 */
function gaveWay(error: { message?: string; name?: string; code?: string }): boolean {
  return /Timed-out acquiring lock/.test(error.message ?? "") || error.name === "DeadlockException" || error.code === "40P01"
}

function sendBusy(res: MedusaResponse) {
  res.setHeader("Retry-After", String(BUSY_RETRY_SECONDS))
  const body: CheckoutBusy = {
    type: "unexpected_state",
    code: "checkout_busy",
    message: `Too many buyers are checking out the same items right now; nothing was charged or reserved. Try again in ${BUSY_RETRY_SECONDS} seconds.`,
  }
  res.status(503).json(body)
}

async function completeAndAnswer(req: MedusaRequest<unknown, HttpTypes.SelectParams>, res: MedusaResponse, stock: CartStock) {
  const cartId = req.params.id
  const engine = req.scope.resolve(Modules.WORKFLOW_ENGINE)
  const { errors, result, transaction } = await engine.run(completeCartWorkflowId, {
    input: { id: cartId },
    throwOnError: false,
  })
  if (!transaction.hasFinished()) {
    throw new MedusaError(MedusaError.Types.CONFLICT, `Cart ${cartId} is already being completed by another request`)
  }
  const error = errors?.[0]?.error
  if (error) {
    if (PAYMENT_ERRORS.includes(error.type)) {
      const { remoteQueryConfig } = await prepareRetrieveQuery({}, { defaults: defaultStoreCartFields }, req as MedusaRequest)
      const cart = await refetchCart(cartId, req.scope, remoteQueryConfig.fields)
      res.status(200).json({ type: "cart", cart, error: { message: error.message, name: error.name, type: error.type } })
      return
    }
    if (STOCK_ERRORS.includes(error.type)) {
      const short = await shortages(req.scope, stock)
      if (short.length) return sendSoldOut(res, stock, short)
    }
    if (gaveWay(error)) {
      req.scope.resolve(ContainerRegistrationKeys.LOGGER).warn(`Cart ${cartId}: the completion gave way (${error.code ?? error.name}: ${error.message}); answered busy`)
      return sendBusy(res)
    }
    throw error
  }
  // The order's net grams and pre-sale dates are recorded before the shopper's confirmation renders; order.placed
  // records them too (for orders placed any other way), and does it if this fails.
  await snapshotOrderWeightsWorkflow(req.scope)
    .run({ input: { order_id: result.id } })
    .catch((e: Error) => req.scope.resolve(ContainerRegistrationKeys.LOGGER).warn(`Order ${result.id}: weights left to order.placed (${e.message})`))
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = await query.graph({ entity: "order", fields: req.queryConfig.fields, filters: { id: result.id } })
  // The browser that placed the order may read its personal details (src/api/store/orders/[id]/route.ts).
  const body: CheckoutPlaced = { type: "order", order, order_access: signOrderAccess(order.id, orderAccessSecret(req.scope)) }
  res.status(200).json(body)
}

function sendSoldOut(res: MedusaResponse, stock: CartStock, short: Shortage[]) {
  const lines = soldOutLines(stock, short)
  const said = lines.map((l) => `${l.title}: ${l.available} left, this cart has ${l.requested}`).join("; ")
  const body: CheckoutSoldOut = {
    type: "not_allowed",
    code: "sold_out",
    message: `Sold out (${said}). Remove these lines or lower their quantity to place the order; nothing was charged or reserved.`,
    lines,
  }
  res.status(409).json(body)
}
