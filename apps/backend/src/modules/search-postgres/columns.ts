import type { IndexPlan, PlannedField } from "@medusajs/search-postgres/dist/utils/plan"
import { isFacetable } from "@medusajs/search-postgres/dist/utils/plan"

/**
 * A narrow, typed copy of one filterable / facetable / sortable field, kept by Postgres itself as a STORED generated
 * column of the provider's document table. Reads filter, sort and count facets on these instead of extracting from
 * the wide `indexed` jsonb, so a search touches a few bytes per matching row and the planner has real statistics.
 * Arrays stay jsonb (a generated column cannot unnest), holding only that field's values.
 */
export type TypedColumn = {
  path: string
  column: string
  type: "text" | "float8" | "boolean" | "jsonb"
  planned: PlannedField
}

const SCALAR_TYPES = { keyword: "text", number: "float8", boolean: "boolean" } as const

const jsonPath = (path: string) => `'{${path.split(".").map((s) => s.replace(/'/g, "''")).join(",")}}'`

/** The typed columns an index plan gets: keyword, number and boolean fields that are filtered, faceted or sorted on. */
export function typedColumns(plan: IndexPlan): Map<string, TypedColumn> {
  const columns = new Map<string, TypedColumn>()
  for (const planned of plan.fields.values()) {
    const scalar = SCALAR_TYPES[planned.kind as keyof typeof SCALAR_TYPES]
    const field = planned.field
    if (!scalar || !(field.filterable || field.sortable || isFacetable(field))) continue
    const column = `f_${planned.path.replace(/[^a-zA-Z0-9_]/g, "_")}`.slice(0, 63)
    columns.set(planned.path, { path: planned.path, column, type: planned.is_array ? "jsonb" : scalar, planned })
  }
  return columns
}

function generatedExpression({ path, type }: TypedColumn): string {
  if (type === "jsonb") return `"indexed" #> ${jsonPath(path)}`
  const text = `"indexed" #>> ${jsonPath(path)}`
  return type === "text" ? text : `(${text})::${type}`
}

/**
 * DDL that makes a document table fast to read: the search vector is kept in the row (STORAGE MAIN) instead of the
 * TOAST table, since every ranked hit reads it, and the typed columns are added. Run before documents exist or on
 * an existing table, where adding a stored column rewrites it once (and moves its search vectors in-row).
 */
export function tuneTableSql(table: string, columns: Iterable<TypedColumn>): string[] {
  const statements = [`ALTER TABLE "${table}" ALTER COLUMN "search_vector" SET STORAGE MAIN`]
  const added = [...columns].map(
    (c) => `ADD COLUMN IF NOT EXISTS "${c.column}" ${c.type} GENERATED ALWAYS AS (${generatedExpression(c)}) STORED`
  )
  if (added.length) statements.push(`ALTER TABLE "${table}" ${added.join(", ")}`)
  return statements
}
