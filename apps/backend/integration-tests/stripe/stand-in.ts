import { createServer, type IncomingMessage, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { Stripe } from "../../src/modules/stripe-payments/service"

/**
 * The Stripe stand-in: the part of Stripe's API that Medusa's Stripe provider calls for a card payment (create,
 * read, update, capture and cancel a PaymentIntent), kept in memory, plus what Stripe.js and Stripe's servers would
 * do around it: `pay` (the shopper confirms in the Payment Element), `decline`, and `event`, a webhook event signed
 * with `webhooks.generateTestHeaderString` exactly as Stripe signs its deliveries. Stripe itself is not reachable
 * from this machine; the opt-in suite (`STRIPE_API_KEY=sk_test_…`) runs the same flows against it.
 */
export type Intent = {
  id: string
  object: "payment_intent"
  amount: number
  amount_capturable: number
  amount_received: number
  currency: string
  capture_method: "automatic" | "manual"
  status: string
  metadata: Record<string, string>
  last_payment_error: null | { code: string; message: string }
  payment_method: null
  created: number
}

/** Reads Stripe's form encoding (`metadata[session_id]=…`, `expand[0]=…`) into an object. */
function formToObject(body: string) {
  const out: Record<string, any> = {}
  for (const [key, value] of new URLSearchParams(body)) {
    const path = key.replace(/\]/g, "").split("[")
    let node = out
    path.slice(0, -1).forEach((part) => (node = node[part] ??= {}))
    node[path[path.length - 1]] = value
  }
  return out
}

const read = (req: IncomingMessage) =>
  new Promise<string>((resolve) => {
    let body = ""
    req.on("data", (chunk) => (body += chunk))
    req.on("end", () => resolve(body))
  })

export type EventOptions = { secret?: string; timestamp?: number }

const signer = new Stripe("sk_test_signer_only")

/** A webhook delivery of `type` for `intent` as Stripe sends it: the JSON body and its Stripe-Signature header. */
export function signedEvent(type: string, intent: object, options: EventOptions & { secret: string }) {
  const payload = JSON.stringify({
    id: `evt_${Date.now()}_${Math.random().toString(36).slice(2, 10)}`,
    object: "event",
    type,
    created: Math.floor(Date.now() / 1000),
    data: { object: intent },
  })
  const signature: string = signer.webhooks.generateTestHeaderString({ payload, secret: options.secret, timestamp: options.timestamp })
  return { payload, signature }
}

/** What the webhook suite needs from Stripe, from the stand-in or from Stripe's test mode. */
export type StripeSide = {
  /** Where the backend should send its Stripe API calls; undefined for api.stripe.com. */
  url?: string
  pay(id: string): Promise<unknown>
  decline(id: string): Promise<unknown>
  event(type: string, id: string, options?: EventOptions): Promise<{ payload: string; signature: string }>
  captures(id: string): Promise<number>
  close(): Promise<void>
}

export async function startStripeStandIn(webhookSecret: string): Promise<StripeSide & { intents: Map<string, Intent> }> {
  const intents = new Map<string, Intent>()
  const byIdempotencyKey = new Map<string, Intent>()
  /** Successful captures per intent: money actually taken. */
  const captures = new Map<string, number>()
  let sequence = 0

  const stripeError = (status: number, error: Record<string, unknown>) => ({ status, body: { error } })

  function handle(method: string, path: string, form: Record<string, any>, idempotencyKey?: string) {
    const [, , resource, id, action] = path.split("/")
    if (resource !== "payment_intents") return stripeError(404, { type: "invalid_request_error", message: `stand-in has no ${path}` })
    if (method === "POST" && !id) {
      const earlier = idempotencyKey && byIdempotencyKey.get(idempotencyKey)
      if (earlier) return { status: 200, body: earlier }
      const intent: Intent = {
        id: `pi_standin_${++sequence}`,
        object: "payment_intent",
        amount: Number(form.amount),
        amount_capturable: 0,
        amount_received: 0,
        currency: form.currency,
        capture_method: form.capture_method === "manual" ? "manual" : "automatic",
        status: "requires_payment_method",
        metadata: form.metadata ?? {},
        last_payment_error: null,
        payment_method: null,
        created: Math.floor(Date.now() / 1000),
      }
      intents.set(intent.id, intent)
      if (idempotencyKey) byIdempotencyKey.set(idempotencyKey, intent)
      return { status: 200, body: intent }
    }
    const intent = intents.get(id)
    if (!intent) return stripeError(404, { type: "invalid_request_error", code: "resource_missing", message: `No such payment_intent: '${id}'` })
    if (method === "GET" && !action) return { status: 200, body: intent }
    if (method === "POST" && !action) {
      if (form.amount) intent.amount = Number(form.amount)
      return { status: 200, body: intent }
    }
    if (method === "POST" && action === "capture") {
      if (intent.status !== "requires_capture") {
        return stripeError(400, {
          type: "invalid_request_error",
          code: "payment_intent_unexpected_state",
          message: `This PaymentIntent could not be captured because it has a status of ${intent.status}.`,
          payment_intent: intent,
        })
      }
      Object.assign(intent, { status: "succeeded", amount_received: intent.amount_capturable, amount_capturable: 0 })
      captures.set(intent.id, (captures.get(intent.id) ?? 0) + 1)
      return { status: 200, body: intent }
    }
    if (method === "POST" && action === "cancel") {
      if (intent.status === "succeeded") {
        return stripeError(400, { type: "invalid_request_error", code: "payment_intent_unexpected_state", message: "You cannot cancel this PaymentIntent because it has a status of succeeded.", payment_intent: intent })
      }
      intent.status = "canceled"
      return { status: 200, body: intent }
    }
    return stripeError(404, { type: "invalid_request_error", message: `stand-in has no ${method} ${path}` })
  }

  const server: Server = createServer(async (req, res) => {
    const body = await read(req)
    const path = new URL(req.url!, "http://stand-in").pathname
    const key = req.headers["idempotency-key"]
    const answer = handle(req.method!, path, formToObject(body), typeof key === "string" ? key : undefined)
    res.writeHead(answer.status, { "content-type": "application/json", "request-id": `req_standin_${++sequence}` })
    res.end(JSON.stringify(answer.body))
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))

  const intent = (id: string) => {
    const found = intents.get(id)
    if (!found) throw new Error(`the stand-in has no intent ${id}`)
    return found
  }

  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    intents,
    /** Captures that took money, per intent (automatic-capture payments count once when paid). */
    captures: async (id: string) => captures.get(id) ?? 0,
    /** The shopper confirms the payment: captured at once, or held for capture (`manual`). */
    async pay(id: string) {
      const paid = intent(id)
      if (paid.capture_method === "manual") Object.assign(paid, { status: "requires_capture", amount_capturable: paid.amount })
      else {
        Object.assign(paid, { status: "succeeded", amount_received: paid.amount })
        captures.set(id, (captures.get(id) ?? 0) + 1)
      }
      paid.last_payment_error = null
      return paid
    },
    /** The card is declined: Stripe leaves the intent waiting for another payment method. */
    async decline(id: string) {
      return Object.assign(intent(id), {
        status: "requires_payment_method",
        last_payment_error: { code: "card_declined", message: "Your card was declined." },
      })
    },
    /** A webhook delivery for `id` as Stripe would send it: the body and its signature header. */
    event: async (type: string, id: string, options: EventOptions = {}) =>
      signedEvent(type, intent(id), { secret: webhookSecret, ...options }),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
