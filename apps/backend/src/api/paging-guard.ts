import {
  errorHandler,
  type MedusaErrorHandlerFunction,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
} from "@medusajs/framework/http"
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

/** The first string in a parsed body (objects and arrays walked, keys included) that holds a NUL character. */
function nulIn(value: unknown, depth = 0): string | undefined {
  if (typeof value === "string") return value.includes("\u0000") ? value : undefined
  if (depth > 20 || value === null || typeof value !== "object") return undefined
  for (const [key, inner] of Object.entries(value)) {
    const found = nulIn(key, depth + 1) ?? nulIn(inner, depth + 1)
    if (found !== undefined) return found
  }
  return undefined
}

/**
 * Postgres text cannot hold a NUL character: one in a path (`/store/festivals/a%00b`), a query string or a JSON body
 * made Postgres refuse the statement and Medusa answer 500. One guard in front of every route answers 400 instead.
 */
export function rejectNulCharacters(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const where = /%00/i.test(req.originalUrl) ? "the address" : nulIn(req.body) !== undefined ? "the body" : undefined
  if (!where) return next()
  next(new MedusaError(MedusaError.Types.INVALID_DATA, `Remove the NUL character (\\u0000, %00) from ${where}; text cannot contain it`))
}

const medusaErrorHandler = errorHandler()

/**
 * Medusa's error handler, except for one thing: a path with a broken percent-escape (`/store/cooperatives/%E0%A4%A`)
 * makes Express throw a URIError while it matches a route parameter, before any middleware of ours runs, and Medusa
 * answered it 500. It is a 400 that says so.
 */
export const answerBrokenEscapes: MedusaErrorHandlerFunction = (error, req, res, next) => {
  const broken = error instanceof URIError && (error as URIError & { status?: number }).status === 400
  const answered = broken
    ? new MedusaError(MedusaError.Types.INVALID_DATA, `The address ${req.path} has a broken percent-escape; encode it again`)
    : error
  return medusaErrorHandler(answered, req, res, next)
}

/** For reads that take no parameters: an unknown one (`/coop/stock?location_id=…`) is a 400, not silently ignored. */
export function takesNoQuery(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const names = Object.keys(req.query)
  if (!names.length) return next()
  next(new MedusaError(MedusaError.Types.INVALID_DATA, `${req.path} takes no query parameters; remove ${names.join(", ")}`))
}
