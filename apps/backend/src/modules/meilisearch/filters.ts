import type { SearchTypes } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { leafFields } from "./settings"

type Field = SearchTypes.SearchFieldDefinition
type Value = string | number | boolean | Date | null

function fail(message: string): never {
  throw new MedusaError(MedusaError.Types.NOT_ALLOWED, message)
}

/** A value as Meilisearch filter syntax: numbers and booleans bare, strings double-quoted, dates as epoch ms. */
function literal(field: Field, value: Value): string {
  if (field.type === "date") {
    const ms = value instanceof Date ? value.getTime() : typeof value === "number" ? value : Date.parse(String(value))
    if (!Number.isFinite(ms)) fail(`"${String(value)}" is not a date`)
    return String(ms)
  }
  if (typeof value === "number" || typeof value === "boolean") return String(value)
  return `"${String(value).replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`
}

const list = (field: Field, values: Value[]) => `[${values.map((v) => literal(field, v)).join(", ")}]`
const group = (parts: string[], op: "AND" | "OR") => (parts.length === 1 ? parts[0] : `(${parts.join(` ${op} `)})`)

function fieldFilter(path: string, field: Field, raw: unknown): string {
  if (raw === null) return `${path} IS NULL`
  if (Array.isArray(raw)) return raw.length ? `${path} IN ${list(field, raw)}` : "false"
  if (typeof raw !== "object" || raw instanceof Date) return `${path} = ${literal(field, raw as Value)}`

  const parts: string[] = []
  for (const [op, value] of Object.entries(raw as Record<string, any>)) {
    switch (op) {
      case "$eq":
        parts.push(value === null ? `${path} IS NULL` : `${path} = ${literal(field, value)}`)
        break
      case "$ne":
        parts.push(value === null ? `${path} IS NOT NULL` : `${path} != ${literal(field, value)}`)
        break
      case "$in":
      case "$overlaps":
        parts.push(`${path} IN ${list(field, value)}`)
        break
      case "$nin":
        parts.push(`${path} NOT IN ${list(field, value)}`)
        break
      case "$lt":
      case "$lte":
      case "$gt":
      case "$gte": {
        if (field.array) fail(`Operator "${op}" is not supported on array field "${path}"`)
        const sign = { $lt: "<", $lte: "<=", $gt: ">", $gte: ">=" }[op]
        parts.push(`${path} ${sign} ${literal(field, value)}`)
        break
      }
      case "$exists":
        parts.push(value ? `${path} EXISTS` : `${path} NOT EXISTS`)
        break
      case "$contains": {
        const values: Value[] = Array.isArray(value) ? value : [value]
        parts.push(group(values.map((v) => `${path} = ${literal(field, v)}`), "AND"))
        break
      }
      default:
        fail(`The meilisearch provider does not support the "${op}" filter operator (field "${path}")`)
    }
  }
  if (!parts.length) fail(`Empty operator map on filter field "${path}"`)
  return group(parts, "AND")
}

/** Compiles the Search Module's filter tree into a Meilisearch filter expression, or undefined when there is none. */
export function toMeilisearchFilter(
  filters: SearchTypes.SearchFilters | undefined,
  definition: SearchTypes.ResolvedSearchIndexDefinition
): string | undefined {
  if (!filters) return undefined
  const fields = new Map(leafFields(definition.fields))
  const compile = (node: SearchTypes.SearchFilters): string[] => {
    const parts: string[] = []
    for (const [key, value] of Object.entries(node)) {
      if (value === undefined || key === "q") continue
      if (key === "$and" || key === "$or") {
        const branches = (value as SearchTypes.SearchFilters[]).map((b) => compile(b)).filter((b) => b.length)
        if (branches.length) parts.push(group(branches.map((b) => group(b, "AND")), key === "$and" ? "AND" : "OR"))
        continue
      }
      if (key === "$not") {
        const inner = compile(value as SearchTypes.SearchFilters)
        if (inner.length) parts.push(`NOT ${group(inner, "AND")}`)
        continue
      }
      const field = fields.get(key)
      if (!field) fail(`Unknown filter field "${key}" on search index "${definition.name}"`)
      parts.push(fieldFilter(key, field, value))
    }
    return parts
  }
  const parts = compile(filters)
  return parts.length ? parts.join(" AND ") : undefined
}
