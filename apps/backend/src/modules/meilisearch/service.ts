import type { Logger, SearchTypes } from "@medusajs/framework/types"
import {
  AbstractSearchProviderService,
  extractPrimaryKeyFilter,
  MedusaError,
  searchValueToNumber,
} from "@medusajs/framework/utils"
import type { Meilisearch } from "meilisearch" with { "resolution-mode": "import" }
import { toMeilisearchFilter } from "./filters"
import { compileQuery, type MeilisearchResponse } from "./query"
import { isStored, leafFields, toMeilisearchSettings } from "./settings"

/** Provider options, from medusa-config.ts. */
export type MeilisearchProviderOptions = {
  host: string
  api_key?: string
  /** Documents per Meilisearch write task. */
  batch_size?: number
  /** How long a wait on a Meilisearch task may take. */
  task_timeout_ms?: number
  /** How often a task's status is polled while waiting. */
  task_poll_interval_ms?: number
}

type Definition = SearchTypes.ResolvedSearchIndexDefinition
type Task = SearchTypes.SearchTask
type EngineTask = { uid: number; status: string; error?: { message: string; code: string } | null }

/**
 * Search Module provider for Meilisearch, on the official `meilisearch` client. Writes are Meilisearch tasks:
 * they are batched (`batch_size` documents per task), reported as `enqueued` with their task uids, and the
 * Search Module waits on them through `waitForTask`. Queries, including a disjunctive-facet fan-out and range
 * facet buckets, go to Meilisearch in one `multi-search` round-trip.
 */
export class MeilisearchSearchService extends AbstractSearchProviderService {
  static identifier = "meilisearch"

  protected options_: Required<Omit<MeilisearchProviderOptions, "api_key">> & { api_key?: string }
  protected logger_?: Logger
  protected client_?: Promise<Meilisearch>

  constructor({ logger }: { logger?: Logger }, options: MeilisearchProviderOptions) {
    super()
    if (!options?.host) {
      throw new MedusaError(
        MedusaError.Types.INVALID_ARGUMENT,
        "The meilisearch search provider needs a host; set MEILISEARCH_HOST (and MEILISEARCH_API_KEY)"
      )
    }
    this.logger_ = logger
    this.options_ = { batch_size: 1000, task_timeout_ms: 120_000, task_poll_interval_ms: 50, ...options }
  }

  /** The client, created on first use: `meilisearch` is an ES module, so it is loaded with `import()`. */
  protected client(): Promise<Meilisearch> {
    this.client_ ??= import("meilisearch").then(
      ({ Meilisearch }) => new Meilisearch({ host: this.options_.host, apiKey: this.options_.api_key })
    )
    return this.client_
  }

  protected async wait(uids: number[]): Promise<EngineTask[]> {
    const client = await this.client()
    const done: EngineTask[] = []
    for (const uid of uids) {
      done.push(
        (await client.tasks.waitForTask(uid, {
          timeout: this.options_.task_timeout_ms,
          interval: this.options_.task_poll_interval_ms,
        })) as EngineTask
      )
    }
    return done
  }

  protected enqueued(index: string, uids: number[]): Task {
    return uids.length ? { id: uids.join(","), index, status: "enqueued" } : { index, status: "succeeded" }
  }

  /** Creates the index if it is missing and applies its settings; waits for both, so a bad definition fails `db:migrate`. */
  async upsertIndex({ index }: { index: Definition }): Promise<Task> {
    const settings = toMeilisearchSettings(index)
    const client = await this.client()
    const created = await client.createIndex(index.physical_name, { primaryKey: index.primary_key })
    const [creation] = await this.wait([created.taskUid])
    if (creation.status === "failed" && creation.error?.code !== "index_already_exists") {
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        `Meilisearch could not create index "${index.physical_name}": ${creation.error?.message}`
      )
    }
    const updated = await client.index(index.physical_name).updateSettings(settings)
    const [applied] = await this.wait([updated.taskUid])
    if (applied.status === "failed") {
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        `Meilisearch rejected the settings of index "${index.physical_name}": ${applied.error?.message}`
      )
    }
    return { index: index.physical_name, status: "succeeded" }
  }

  async deleteIndex({ index }: { index: string }): Promise<Task> {
    const client = await this.client()
    const task = await client.deleteIndex(index)
    const [done] = await this.wait([task.taskUid])
    if (done.status === "failed" && done.error?.code !== "index_not_found") {
      return { index, status: "failed", error: { message: done.error?.message ?? "", code: done.error?.code } }
    }
    return { index, status: "succeeded" }
  }

  async listIndexes(): Promise<SearchTypes.SearchIndexInfo[]> {
    const stats = await (await this.client()).getStats()
    return Object.entries(stats.indexes ?? {}).map(([name, info]) => ({
      name,
      provider: MeilisearchSearchService.identifier,
      document_count: Number((info as { numberOfDocuments?: number }).numberOfDocuments ?? 0),
    }))
  }

  /** Keeps the fields Meilisearch uses; dates become epoch milliseconds so they filter and sort as numbers. */
  protected toEngineDocument(document: SearchTypes.SearchDocument, definition: Definition) {
    const out: Record<string, unknown> = { [definition.primary_key]: document[definition.primary_key] }
    for (const [path, field] of leafFields(definition.fields)) {
      const top = path.split(".")[0]
      if (!isStored(field) || !(top in document)) continue
      out[top] =
        field.type === "date" && path === top && document[top] != null
          ? searchValueToNumber(document[top], true)
          : document[top]
    }
    return out
  }

  async upsertDocuments({
    index,
    definition,
    documents,
  }: {
    index: string
    definition: Definition
    documents: SearchTypes.SearchDocument[]
  }): Promise<Task> {
    const client = await this.client()
    const uids: number[] = []
    for (let i = 0; i < documents.length; i += this.options_.batch_size) {
      const batch = documents.slice(i, i + this.options_.batch_size).map((d) => this.toEngineDocument(d, definition))
      const task = await client.index(index).addDocuments(batch, { primaryKey: definition.primary_key })
      uids.push(task.taskUid)
    }
    return this.enqueued(index, uids)
  }

  async deleteDocuments({ index, filters }: SearchTypes.SearchDeleteDocumentsInput): Promise<Task> {
    const client = await this.client()
    const target = client.index(index)
    const ids = extractPrimaryKeyFilter(filters, { primary_key: "id" })
    if (ids) {
      if (!ids.length) return { index, status: "succeeded" }
      return this.enqueued(index, [(await target.deleteDocuments(ids)).taskUid])
    }
    // A filter delete needs the field types; the index's own settings are not at hand here, so only plain
    // equality on keyword fields is compiled, through a definition that declares each filtered field as keyword.
    const fields = Object.fromEntries(Object.keys(filters).map((k) => [k, { type: "keyword" as const, filterable: true }]))
    const filter = toMeilisearchFilter(filters, { name: index, fields } as unknown as Definition)
    return this.enqueued(index, [(await target.deleteDocuments({ filter: filter! })).taskUid])
  }

  async clearIndex({ index }: { index: string }): Promise<Task> {
    const client = await this.client()
    return this.enqueued(index, [(await client.index(index).deleteAllDocuments()).taskUid])
  }

  async search(input: SearchTypes.ProviderSearchQuery): Promise<SearchTypes.SearchResult> {
    const [result] = await this.searchMany([input])
    return result
  }

  /** Every query of the batch — hits, disjunctive facets, range buckets — in one multi-search request. */
  async searchMany(inputs: SearchTypes.ProviderSearchQuery[]): Promise<SearchTypes.SearchResult[]> {
    const compiled = inputs.map((input) => compileQuery(input))
    const client = await this.client()
    const { results } = (await client.multiSearch({ queries: compiled.flatMap((c) => c.queries) } as any)) as {
      results: MeilisearchResponse[]
    }
    let offset = 0
    return compiled.map((c) => {
      const slice = results.slice(offset, offset + c.queries.length)
      offset += c.queries.length
      return c.assemble(slice)
    })
  }

  /** Waits for every Meilisearch task a write enqueued (`id` holds their uids, comma-separated). */
  async waitForTask(task: Task, options?: { timeout_ms?: number }): Promise<Task> {
    if (!task.id) return task
    const uids = task.id.split(",").map(Number)
    const client = await this.client()
    const timeout = options?.timeout_ms ?? this.options_.task_timeout_ms
    for (const uid of uids) {
      const done = (await client.tasks.waitForTask(uid, {
        timeout,
        interval: this.options_.task_poll_interval_ms,
      })) as EngineTask
      if (done.status !== "succeeded") {
        return {
          ...task,
          status: "failed",
          error: { message: done.error?.message ?? `Meilisearch task ${uid} ended ${done.status}`, code: done.error?.code },
        }
      }
    }
    return { ...task, status: "succeeded" }
  }
}
