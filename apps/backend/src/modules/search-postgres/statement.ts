import type { SearchTypes } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { normalizeFacetRequests } from "@medusajs/search-postgres/dist/utils/facets"
import type { IndexPlan } from "@medusajs/search-postgres/dist/utils/plan"
import { keywordTsQuerySql } from "@medusajs/search-postgres/dist/utils/plan"
import type { TypedColumn } from "./columns"
import type { Sql } from "./filters"
import { typedWhere } from "./filters"

type FacetRequest = ReturnType<typeof normalizeFacetRequests>[number]

export type StatementInput = {
  table: string
  plan: IndexPlan
  columns: Map<string, TypedColumn>
  tsConfig: string
  query: SearchTypes.ProviderSearchQuery
  /** Whether Latin typos may match (pg_trgm word similarity over `search_text`, like the stock provider). */
  typo: boolean
}

/** What the statement returns, in the shapes the stock provider's facet mapper reads. */
export type StatementRow = {
  count: number | null
  hits: { id: string; document: Record<string, unknown>; score: number }[]
  [facet: `facet_${number}`]: Record<string, unknown>[]
}

const fail = (message: string): never => {
  throw new MedusaError(MedusaError.Types.NOT_ALLOWED, message)
}

/** A growing SQL text whose `?` placeholders and values are appended together, so they cannot drift apart. */
class Builder {
  readonly params: unknown[] = []
  bind(value: unknown) {
    this.params.push(value)
    return "?"
  }
  splice({ sql, params }: Sql) {
    this.params.push(...params)
    return sql
  }
}

function orderBy(query: SearchTypes.ProviderSearchQuery, columns: Map<string, TypedColumn>, hasScore: boolean) {
  const order = Object.entries(query.pagination?.order ?? {})
  const clauses = order.map(([property, direction]) => {
    const dir = direction === "ASC" ? "ASC" : "DESC"
    if (property === "_score") return `score ${dir} NULLS LAST`
    const c = columns.get(property)
    if (!c || !c.planned.field.sortable || c.type === "jsonb") {
      return fail(`Cannot sort search index "${query.index.name}" by "${property}"`)
    }
    return `"${c.column}" ${dir} NULLS LAST`
  })
  if (!order.length && hasScore) clauses.push("score DESC")
  // Ties broken by id, so pages never overlap.
  return [...clauses, `"id" ASC`].join(", ")
}

function facetSql(b: Builder, request: FacetRequest, c: TypedColumn): string {
  const col = `"${c.column}"`
  if (request.type === "stats" || request.type === "range") {
    if (c.type !== "float8") return fail(`${request.type} facets need a numeric field ("${request.field}")`)
    if (request.type === "stats") {
      return `(SELECT json_build_array(json_build_object('min', min(${col}), 'max', max(${col}), 'avg', avg(${col}),
        'sum', sum(${col}), 'count', count(*))) FROM matched)`
    }
    const counts = (request.ranges ?? []).map((range, i) => {
      const conditions = [
        ...(range.from !== undefined ? [`${col} >= ${b.bind(range.from)}`] : []),
        ...(range.to !== undefined ? [`${col} < ${b.bind(range.to)}`] : []),
      ]
      return `'r${i}', count(*) FILTER (WHERE ${conditions.join(" AND ") || "TRUE"})`
    })
    return `(SELECT json_build_array(json_build_object(${counts.join(", ")})) FROM matched)`
  }
  const value = c.type === "jsonb" ? "v.value" : `${col}::text`
  const from = c.type === "jsonb" ? `matched, jsonb_array_elements_text(${col}) AS v(value)` : "matched"
  const prefix = request.query ? ` AND ${value} LIKE ${b.bind(`${request.query}%`)}` : ""
  const order = request.sort === "alpha" ? "value ASC" : "count DESC, value ASC"
  return `(SELECT coalesce(json_agg(json_build_object('value', value, 'count', count) ORDER BY ${order}), '[]')
    FROM (SELECT ${value} AS value, count(*)::int AS count FROM ${from} WHERE ${value} IS NOT NULL${prefix}
      GROUP BY 1 ORDER BY ${order} LIMIT ${b.bind(request.limit ?? 10)}) facet)`
}

/**
 * One statement for a keyword search: the matching rows are found once (text match through the GIN index, filters
 * on typed columns) into a small materialised set of ids, scores and typed values; the count, the page of hits and
 * every facet are then read from that set. The stock provider runs a statement for the hits, one for the count and
 * one per facet, each re-matching and re-reading the wide rows. The tsquery is built once, not per row.
 */
export function searchStatement(input: StatementInput): { sql: string; params: unknown[]; facets: FacetRequest[] } {
  const { table, plan, columns, tsConfig, query, typo } = input
  const options = query.search_options ?? {}
  const q = query.q?.trim() || undefined
  const b = new Builder()
  const facets = normalizeFacetRequests(options.facets, plan)

  const carried = new Set<string>()
  for (const request of facets) {
    const c = columns.get(request.field) ?? fail(`Field "${request.field}" is not facetable`)
    carried.add(`"${c.column}"`)
  }
  for (const property of Object.keys(query.pagination?.order ?? {})) {
    const c = columns.get(property)
    if (c) carried.add(`"${c.column}"`)
  }

  const tsquery = q ? `WITH tsq AS (SELECT ${keywordTsQuerySql(tsConfig, options.match_strategy).replace("?", b.bind(q))} AS query),` : "WITH"
  const score = !q
    ? "0::float4"
    : typo
      ? `GREATEST(ts_rank_cd(t."search_vector", tsq.query), word_similarity(${b.bind(q)}, t."search_text"))`
      : `ts_rank_cd(t."search_vector", tsq.query)`
  const conditions: string[] = []
  if (q) {
    conditions.push(
      typo ? `(t."search_vector" @@ tsq.query OR word_similarity(${b.bind(q)}, t."search_text") > 0.3)` : `t."search_vector" @@ tsq.query`
    )
  }
  const where = typedWhere(query.filters, plan, columns)
  if (where) conditions.push(`(${b.splice(where)})`)

  const matched = `matched AS MATERIALIZED (
    SELECT t."id", ${score} AS score${[...carried].map((c) => `, t.${c}`).join("")}
    FROM "${table}" t${q ? ", tsq" : ""}
    ${conditions.length ? `WHERE ${conditions.join(" AND ")}` : ""})`

  const take = query.pagination?.take ?? 20
  const skip = query.pagination?.skip ?? 0
  const order = orderBy(query, columns, !!q)
  const hits = take
    ? `(SELECT coalesce(json_agg(json_build_object('id', page."id", 'document', d."document", 'score', page.score)
        ORDER BY page.n), '[]')
      FROM (SELECT "id", score, row_number() OVER (ORDER BY ${order}) AS n
        FROM (SELECT * FROM matched ORDER BY ${order} LIMIT ${b.bind(take)} OFFSET ${b.bind(skip)}) top) page
      JOIN "${table}" d ON d."id" = page."id")`
    : `'[]'::json`
  const count = options.count === "none" ? "NULL::int" : "(SELECT count(*)::int FROM matched)"
  const facetColumns = facets.map((request, i) => `, ${facetSql(b, request, columns.get(request.field)!)} AS facet_${i}`)

  const sql = `${tsquery} ${matched}
  SELECT ${count} AS count, ${hits} AS hits${facetColumns.join("")}`
  return { sql, params: b.params, facets }
}
