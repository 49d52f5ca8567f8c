import type { SearchTypes } from "@medusajs/framework/types"
import { projectDocument } from "@medusajs/framework/utils"
import { PostgresSearchService } from "@medusajs/search-postgres/dist/services/postgres-search"
import { mapFacetResult } from "@medusajs/search-postgres/dist/utils/facets"
import type { IndexPlan } from "@medusajs/search-postgres/dist/utils/plan"
import { assertQuerySupported } from "@medusajs/search-postgres/dist/utils/plan"
import { tuneTableSql, typedColumns, type TypedColumn } from "./columns"
import { searchStatement, type StatementRow } from "./statement"

type Catalog = { table: string; plan: IndexPlan; columns: Map<string, TypedColumn> }

/** How long a process trusts its copy of an index's table and plan; writes through this process drop it at once. */
const CATALOG_TTL_MS = 5_000
const UNDEFINED_TABLE = "42P01"

/**
 * Medusa's `search-postgres` provider (same identifier, tables, writes, index management and typo tolerance) with
 * a faster read path for keyword and filter searches: typed generated columns for filterable, facetable and
 * sortable fields, search vectors kept in-row, and one statement per search instead of one per hits, count and
 * facet. Vector, hybrid, distinct and min-score searches, and searches on a subset of attributes, are left to the
 * stock provider.
 */
export class FacetedPostgresSearchService extends PostgresSearchService {
  private readonly catalogs_ = new Map<string, { at: number; catalog: Promise<Catalog> }>()
  /** Tables known to have their typed columns, so the catalog's refresh does not look again. */
  private readonly tuned_ = new Set<string>()

  protected async createDocumentTable(table: string, plan: IndexPlan, manager: any): Promise<void> {
    await super.createDocumentTable(table, plan, manager)
    for (const statement of tuneTableSql(table, typedColumns(plan).values())) await manager.execute(statement)
  }

  async upsertIndex(input: Parameters<PostgresSearchService["upsertIndex"]>[0]) {
    this.catalogs_.clear()
    this.tuned_.clear()
    return await super.upsertIndex(input)
  }

  async deleteIndex(input: Parameters<PostgresSearchService["deleteIndex"]>[0]) {
    this.catalogs_.clear()
    this.tuned_.clear()
    return await super.deleteIndex(input)
  }

  private catalog(name: string): Promise<Catalog> {
    const cached = this.catalogs_.get(name)
    if (cached && Date.now() - cached.at < CATALOG_TTL_MS) return cached.catalog
    const catalog = this.retrieve(name).then(async ({ table_name, plan }) => {
      const columns = typedColumns(plan)
      await this.ensureTuned(table_name, columns)
      return { table: table_name, plan, columns }
    })
    this.catalogs_.set(name, { at: Date.now(), catalog })
    catalog.catch(() => this.catalogs_.delete(name))
    return catalog
  }

  /**
   * A table created before this provider (or by the stock one) gets its typed columns on first read: a one-time
   * rewrite of the table, logged, after which reads take the fast path.
   */
  private async ensureTuned(table: string, columns: Map<string, TypedColumn>): Promise<void> {
    if (this.tuned_.has(table)) return
    const rows = (await this.manager_.execute(
      `SELECT attname FROM pg_attribute WHERE attrelid = ?::regclass AND attnum > 0 AND NOT attisdropped`,
      [table]
    )) as { attname: string }[]
    const present = new Set(rows.map((r) => r.attname))
    const missing = [...columns.values()].filter((c) => !present.has(c.column))
    if (missing.length) {
      this.logger_?.info(`search-postgres: adding ${missing.length} typed columns to "${table}" (once)`)
      for (const statement of tuneTableSql(table, missing)) await this.manager_.execute(statement)
    }
    this.tuned_.add(table)
  }

  /** Whether the one-statement path answers this query exactly as the stock provider would. */
  private fastPathServes(input: SearchTypes.ProviderSearchQuery, catalog: Catalog): boolean {
    const options = input.search_options ?? {}
    if (this.isLakebase_ || options.vector || options.min_score !== undefined) return false
    if (options.distinct ?? input.index.settings.distinct_attribute) return false
    if (options.attributes_to_search_on?.length) return false
    const typed = (field: string) => catalog.columns.has(field)
    const facetFields = (options.facets ?? []).map((f) => (typeof f === "string" ? f : f.field))
    const sortFields = Object.keys(input.pagination?.order ?? {}).filter((field) => field !== "_score")
    return facetFields.every(typed) && sortFields.every(typed)
  }

  async search(input: SearchTypes.ProviderSearchQuery): Promise<SearchTypes.SearchResult> {
    assertQuerySupported(input, this.engine_)
    const name = input.index.physical_name
    try {
      return await this.searchFast(input, await this.catalog(name))
    } catch (err: any) {
      // Another process rebuilt the index under a new table since this one read the catalog.
      if (err?.code !== UNDEFINED_TABLE) throw err
      this.catalogs_.delete(name)
      return await this.searchFast(input, await this.catalog(name))
    }
  }

  private async searchFast(input: SearchTypes.ProviderSearchQuery, catalog: Catalog): Promise<SearchTypes.SearchResult> {
    if (!this.fastPathServes(input, catalog)) return await super.search(input)
    const started = Date.now()
    const options = input.search_options ?? {}
    const q = input.q?.trim()
    const typo = !!(q && options.typo_tolerance && (input.index.settings.typo_tolerance?.enabled ?? true))
    const { sql, params, facets } = searchStatement({
      table: catalog.table,
      plan: catalog.plan,
      columns: catalog.columns,
      tsConfig: this.tsConfig_,
      query: input,
      typo,
    })
    const [row] = (await this.manager_.execute(sql, params)) as StatementRow[]
    const skip = input.pagination?.skip ?? 0
    const take = input.pagination?.take ?? 20
    return {
      hits: row.hits.map((hit) => ({
        id: hit.id,
        score: options.include_score ? Number(hit.score) : undefined,
        document: projectDocument(hit.document, input.attributes_to_retrieve),
      })),
      facets: facets.length
        ? Object.fromEntries(facets.map((request, i) => [request.field, mapFacetResult(request, row[`facet_${i}`])]))
        : undefined,
      metadata: { skip, take, count: row.count, query: input.q, processing_time_ms: Date.now() - started },
    } as SearchTypes.SearchResult
  }
}
