import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

/**
 * Medusa's list validators accept a negative `limit` or `offset` and Postgres then fails with a 500.
 * One guard in front of every store and admin route turns that into a 400 that says what to send.
 */
export function rejectBadPaging(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  for (const key of ["limit", "offset"] as const) {
    const raw = req.query[key]
    if (raw !== undefined && !/^\d{1,9}$/.test(String(raw))) {
      return next(
        new MedusaError(MedusaError.Types.INVALID_DATA, `${key} must be a whole number from 0 up, got "${String(raw)}"`)
      )
    }
  }
  next()
}
