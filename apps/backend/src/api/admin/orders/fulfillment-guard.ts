import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { assertPartsStockedAt } from "../../../lib/fulfillment-stock"

/**
 * POST /admin/orders/:id/fulfillments, before Medusa's own: a gift box shipped from a warehouse without all its parts
 * is a 400 that changes nothing (src/lib/fulfillment-stock.ts). Anything else about the body Medusa validates itself.
 */
export async function refuseUnstockedParts(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const body = req.body as { location_id?: unknown; items?: unknown } | undefined
  const items = Array.isArray(body?.items) ? body.items.filter((i): i is { id: string; quantity: number } => typeof i?.id === "string") : []
  if (typeof body?.location_id !== "string" || !items.length) return next()
  try {
    await assertPartsStockedAt(req.scope, req.params.id, items, body.location_id)
    next()
  } catch (error) {
    next(error)
  }
}
