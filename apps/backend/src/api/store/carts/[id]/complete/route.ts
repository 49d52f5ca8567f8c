import { type MedusaRequest, type MedusaResponse, prepareRetrieveQuery } from "@medusajs/framework/http"
import type { HttpTypes } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { completeCartWorkflowId } from "@medusajs/medusa/core-flows"
import { refetchCart } from "@medusajs/medusa/api/store/carts/helpers"
import { defaultStoreCartFields } from "@medusajs/medusa/api/store/carts/query-config"
import { beginCheckoutAttempt, settleIfInterrupted } from "../../../../../lib/checkout-attempts"
import { CHECKOUT_GATE_MODULE } from "../../../../../modules/checkout-gate"
import type CheckoutGateService from "../../../../../modules/checkout-gate/service"
import type { Shortage } from "../../../../../modules/checkout-gate/service"
import { type CartStock, readAvailable, readCartStock, shortages, soldOutLines } from "./cart-stock"

/** Payment errors leave the cart payable: Medusa answers 200 with the cart, so the shopper can pay again. */
const PAYMENT_ERRORS: string[] = [MedusaError.Types.PAYMENT_AUTHORIZATION_ERROR, MedusaError.Types.PAYMENT_REQUIRES_MORE_ERROR]
/** Medusa refuses a cart it cannot reserve stock for with one of these. */
const STOCK_ERRORS: string[] = [MedusaError.Types.NOT_ALLOWED, MedusaError.Types.INVALID_DATA]
const BUSY_RETRY_SECONDS = 2

/**
 * POST /store/carts/:id/complete — Medusa's route, with the checkout gate in front (src/modules/checkout-gate):
 * the cart waits its turn for the stock it needs, then Medusa's completeCartWorkflow places the order exactly as
 * its own route would, and the answer has the same shape. A cart the stock cannot cover gets a 409 `sold_out`
 * naming its short lines, whether the gate or Medusa's reservation found it out. Each completion is recorded as a
 * checkout attempt while it runs, so one that dies with its process is settled later (src/lib/checkout-attempts.ts).
 */
export const POST = async (req: MedusaRequest<unknown, HttpTypes.SelectParams>, res: MedusaResponse) => {
  const cartId = req.params.id
  let stock = await readCartStock(req.scope, cartId)
  // A completion of this cart that died with its process is kept or undone first.
  if (!stock.completed && (await settleIfInterrupted(req.scope, cartId))) stock = await readCartStock(req.scope, cartId)
  const gate = req.scope.resolve<CheckoutGateService>(CHECKOUT_GATE_MODULE)
  const admission = stock.completed
    ? ({ status: "duplicate" } as const)
    : await gate.admit(cartId, stock.needs, (itemIds) => readAvailable(req.scope, itemIds, stock.locationIds))

  if (admission.status === "sold_out") return sendSoldOut(res, stock, admission.short)
  if (admission.status === "busy") {
    res.setHeader("Retry-After", String(BUSY_RETRY_SECONDS))
    res.status(503).json({
      type: "unexpected_state",
      code: "checkout_busy",
      message: `Too many buyers are checking out the same items right now; nothing was charged or reserved. Try again in ${BUSY_RETRY_SECONDS} seconds.`,
    })
    return
  }
  try {
    const attempt = stock.completed ? null : await beginCheckoutAttempt(req.scope, cartId, stock.metadata)
    try {
      await completeAndAnswer(req, res, stock)
    } finally {
      await attempt?.end()
    }
  } finally {
    if (admission.status === "admitted") await admission.release()
  }
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
    throw error
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = await query.graph({ entity: "order", fields: req.queryConfig.fields, filters: { id: result.id } })
  res.status(200).json({ type: "order", order })
}

function sendSoldOut(res: MedusaResponse, stock: CartStock, short: Shortage[]) {
  const lines = soldOutLines(stock, short)
  const said = lines.map((l) => `${l.title}: ${l.available} left, this cart has ${l.requested}`).join("; ")
  res.status(409).json({
    type: "not_allowed",
    code: "sold_out",
    message: `Sold out (${said}). Remove these lines or lower their quantity to place the order; nothing was charged or reserved.`,
    lines,
  })
}
