import type { SearchTypes } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { toWhereClause } from "@medusajs/search-postgres/dist/utils/filters"
import type { IndexPlan } from "@medusajs/search-postgres/dist/utils/plan"
import type { TypedColumn } from "./columns"

/** SQL with `?` placeholders and their values, in order. */
export type Sql = { sql: string; params: unknown[] }

const fail = (message: string): never => {
  throw new MedusaError(MedusaError.Types.NOT_ALLOWED, message)
}

/** A filter value as the column holds it; the same casts as the stock provider, so both answer alike. */
function cast(c: TypedColumn, value: unknown): unknown {
  if (value === null || value === undefined) return null
  switch (c.planned.kind) {
    case "number": {
      const n = value instanceof Date ? value.getTime() : typeof value === "number" ? value : Number(value)
      return Number.isNaN(n) ? fail(`Cannot cast filter value for "${c.path}" to a number`) : n
    }
    case "boolean":
      return typeof value === "boolean" ? value : value === "true" ? true : value === "false" ? false : Boolean(value)
    default:
      return typeof value === "string" ? value : String(value)
  }
}

/**
 * One field's predicate on its typed column, with the stock provider's meaning: a missing value never equals
 * anything, satisfies `$ne` / `$nin`, and equality on an array field means "contains".
 */
function fieldSql(c: TypedColumn, raw: unknown, out: unknown[]): string {
  const col = `"${c.column}"`
  const isArray = c.type === "jsonb"
  const bind = (value: unknown) => (out.push(value), "?")
  const equals = (value: unknown): string => {
    const v = cast(c, value)
    if (v === null) return `${col} IS NULL`
    return isArray ? `${col} @> ${bind(JSON.stringify([v]))}::jsonb` : `${col} = ${bind(v)}`
  }
  const anyOf = (values: unknown[]): string =>
    !values.length ? "FALSE" : values.length === 1 ? equals(values[0]) : `(${values.map(equals).join(" OR ")})`
  const compare = (op: string, value: unknown) =>
    isArray ? fail(`Operator "${op}" is not supported on array field "${c.path}"`) : `${col} ${op} ${bind(cast(c, value))}`
  const list = (value: unknown) => (Array.isArray(value) ? value : [value])

  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) return anyOf(list(raw))
  const ops = Object.entries(raw as Record<string, unknown>).filter(([key]) => key.startsWith("$"))
  if (!ops.length) fail(`Empty operator map on filter field "${c.path}"`)
  const parts = ops.map(([op, value]) => {
    switch (op) {
      case "$eq":
        return equals(value)
      case "$ne":
        return value == null ? `${col} IS NOT NULL` : `NOT coalesce(${equals(value)}, FALSE)`
      case "$in":
        return anyOf(list(value))
      case "$nin":
        return `NOT coalesce(${anyOf(list(value))}, FALSE)`
      case "$gt":
        return compare(">", value)
      case "$gte":
        return compare(">=", value)
      case "$lt":
        return compare("<", value)
      case "$lte":
        return compare("<=", value)
      case "$exists":
        return value ? `${col} IS NOT NULL` : `${col} IS NULL`
      case "$contains":
        return isArray
          ? `${col} @> ${bind(JSON.stringify(list(value).map((v) => cast(c, v))))}::jsonb`
          : fail(`Operator $contains on "${c.path}" needs an array field`)
      case "$overlaps":
        return isArray ? anyOf(list(value)) : fail(`Operator $overlaps on "${c.path}" needs an array field`)
      case "$prefix":
      case "$like":
        return isArray || c.type !== "text"
          ? fail(`Operator "${op}" is not supported on field "${c.path}"`)
          : `${col} LIKE ${bind(op === "$prefix" ? `${String(value)}%` : String(value))}`
      default:
        return fail(`The postgres search provider does not support operator "${op}" on "${c.path}"`)
    }
  })
  return parts.length === 1 ? parts[0] : `(${parts.join(" AND ")})`
}

/**
 * The filter tree as a WHERE fragment on the typed columns. A field without one (a filterable text field) keeps the
 * stock provider's jsonb predicate on `indexed`, so every filter the stock provider accepts still works.
 */
export function typedWhere(
  filters: SearchTypes.SearchFilters | undefined,
  plan: IndexPlan,
  columns: Map<string, TypedColumn>
): Sql | undefined {
  if (!filters) return undefined
  const params: unknown[] = []
  const compile = (branch: Record<string, unknown>): string => {
    const parts: string[] = []
    for (const [key, value] of Object.entries(branch)) {
      if (key === "q") continue
      if (key === "$and" || key === "$or") {
        const nested = ((value as Record<string, unknown>[]) ?? []).map(compile).filter(Boolean)
        if (nested.length) parts.push(`(${nested.join(key === "$and" ? " AND " : " OR ")})`)
      } else if (key === "$not") {
        const nested = compile(value as Record<string, unknown>)
        if (nested) parts.push(`NOT (${nested})`)
      } else if (columns.has(key)) {
        parts.push(fieldSql(columns.get(key)!, value, params))
      } else {
        const stock = toWhereClause({ [key]: value } as SearchTypes.SearchFilters, plan)
        if (stock?.sql) {
          parts.push(stock.sql)
          params.push(...stock.params)
        }
      }
    }
    return parts.join(" AND ")
  }
  const sql = compile(filters as Record<string, unknown>)
  return sql ? { sql, params } : undefined
}
