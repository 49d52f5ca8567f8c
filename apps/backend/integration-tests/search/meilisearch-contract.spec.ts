import http from "node:http"
import type { AddressInfo } from "node:net"
import type { SearchTypes } from "@medusajs/framework/types"
// Sets up the registry `defineSearchIndex` writes to, as the app does before it loads src/search.
import "@medusajs/framework/modules-sdk"
import { MeilisearchSearchService } from "../../src/modules/meilisearch/service"
import productIndex, { PRODUCE_SYNONYMS } from "../../src/search/product"

type Recorded = { method: string; path: string; body: any; authorization?: string }

/**
 * A recorded-contract stand-in for Meilisearch v1 (no server can run here): a node:http server that records every
 * request and answers with responses shaped like the real ones (task objects, multi-search results, stats).
 * Tasks report "processing" on their first poll and "succeeded" after, unless listed in `failTasks`.
 */
async function meilisearchContractStandIn(searchResults: any[] = []) {
  const requests: Recorded[] = []
  const polls = new Map<number, number>()
  const failTasks = new Set<number>()
  let nextUid = 0
  const enqueued = (indexUid: string | null, type: string) => ({
    taskUid: nextUid++,
    indexUid,
    status: "enqueued",
    type,
    enqueuedAt: "2026-01-05T08:00:00.000000Z",
  })
  const server = http.createServer((req, res) => {
    let raw = ""
    req.on("data", (c) => (raw += c))
    req.on("end", () => {
      const url = new URL(req.url!, "http://stand-in")
      const body = raw ? JSON.parse(raw) : undefined
      requests.push({ method: req.method!, path: url.pathname + url.search, body, authorization: req.headers.authorization })
      const send = (status: number, payload: unknown) => {
        res.writeHead(status, { "content-type": "application/json" })
        res.end(JSON.stringify(payload))
      }
      const index = url.pathname.match(/^\/indexes\/([^/]+)/)?.[1] ?? null
      const task = url.pathname.match(/^\/tasks\/(\d+)$/)
      if (task) {
        const uid = Number(task[1])
        const seen = (polls.get(uid) ?? 0) + 1
        polls.set(uid, seen)
        const failed = failTasks.has(uid)
        return send(200, {
          uid,
          batchUid: uid,
          indexUid: "product_1",
          status: failed ? "failed" : seen === 1 ? "processing" : "succeeded",
          type: "documentAdditionOrUpdate",
          canceledBy: null,
          details: {},
          error: failed
            ? { message: "Document `p1` has an invalid price_min", code: "invalid_document_fields", type: "invalid_request", link: "https://docs.meilisearch.com/errors#invalid_document_fields" }
            : null,
          duration: seen === 1 ? null : "PT0.01S",
          enqueuedAt: "2026-01-05T08:00:00.000000Z",
          startedAt: "2026-01-05T08:00:00.001000Z",
          finishedAt: seen === 1 ? null : "2026-01-05T08:00:00.011000Z",
        })
      }
      if (req.method === "POST" && url.pathname === "/indexes") return send(202, enqueued(body.uid, "indexCreation"))
      if (req.method === "PATCH" && url.pathname.endsWith("/settings")) return send(202, enqueued(index, "settingsUpdate"))
      if (req.method === "POST" && url.pathname.endsWith("/documents")) return send(202, enqueued(index, "documentAdditionOrUpdate"))
      if (req.method === "POST" && url.pathname.endsWith("/documents/delete-batch")) return send(202, enqueued(index, "documentDeletion"))
      if (req.method === "DELETE" && url.pathname.endsWith("/documents")) return send(202, enqueued(index, "documentDeletion"))
      if (req.method === "DELETE" && index) return send(202, enqueued(index, "indexDeletion"))
      if (req.method === "POST" && url.pathname === "/multi-search") return send(200, { results: searchResults })
      if (req.method === "GET" && url.pathname === "/stats") {
        return send(200, {
          databaseSize: 447819776,
          usedDatabaseSize: 196608,
          lastUpdate: "2026-01-05T08:00:00.011000Z",
          indexes: { product_1: { numberOfDocuments: 16, rawDocumentDbSize: 1024, avgDocumentSize: 64, isIndexing: false, numberOfEmbeddings: 0, numberOfEmbeddedDocuments: 0, fieldDistribution: { id: 16 } } },
        })
      }
      send(404, { message: `stand-in has no answer for ${req.method} ${url.pathname}`, code: "not_found", type: "invalid_request", link: "" })
    })
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as AddressInfo
  return { host: `http://127.0.0.1:${port}`, requests, failTasks, close: () => new Promise((r) => server.close(r)) }
}

/** The real product index definition, resolved the way the Search Module hands it to a provider. */
const definition = {
  ...productIndex,
  primary_key: "id",
  provider: "meilisearch",
  settings: productIndex.settings ?? {},
  definition_hash: "contract",
  physical_name: "product_1",
} as SearchTypes.ResolvedSearchIndexDefinition

describe("Meilisearch provider against meilisearchContractStandIn", () => {
  let standIn: Awaited<ReturnType<typeof meilisearchContractStandIn>>
  let provider: MeilisearchSearchService
  const start = async (results: any[] = [], batchSize = 1000) => {
    standIn = await meilisearchContractStandIn(results)
    provider = new MeilisearchSearchService({}, { host: standIn.host, api_key: "master-key", batch_size: batchSize, task_poll_interval_ms: 1 })
  }
  afterEach(async () => standIn?.close())

  it("creates the index and sends exactly these settings, waiting for both tasks", async () => {
    await start()
    expect(await provider.upsertIndex({ index: definition })).toEqual({ index: "product_1", status: "succeeded" })
    const writes = standIn.requests.filter((r) => r.method !== "GET")
    expect(writes.map((r) => `${r.method} ${r.path}`)).toEqual(["POST /indexes", "PATCH /indexes/product_1/settings"])
    expect(writes[0].body).toEqual({ uid: "product_1", primaryKey: "id" })
    expect(standIn.requests[0].authorization).toBe("Bearer master-key")
    const settings = writes[1].body
    expect(settings).toEqual({
      searchableAttributes: [
        "title_zh", "title_en", "subtitle_zh", "subtitle_en", "category_zh", "category_en",
        "description_zh", "description_en", "cooperative_zh", "cooperative_en", "origin_en", "tags",
      ],
      filterableAttributes: [
        "id", "handle", "status", "sales_channel_ids", "category_handle", "cooperative_handle", "origin_zh", "tags",
        "price_min", "price_max", "in_stock", "weights_g", "festival", "created_at",
      ],
      sortableAttributes: ["price_min", "price_max", "created_at"],
      displayedAttributes: [
        "id", "handle", "status", "sales_channel_ids", "thumbnail", "title_zh", "title_en", "subtitle_zh", "subtitle_en",
        "description_zh", "description_en", "category_handle", "category_zh", "category_en", "cooperative_handle",
        "cooperative_zh", "cooperative_en", "origin_zh", "origin_en", "tags", "price_min", "price_max", "in_stock",
        "weights_g", "festival", "created_at",
      ],
      synonyms: expect.objectContaining({
        红枣: ["枣", "大枣", "jujube", "jujubes", "red date", "red dates"],
        jujube: ["红枣", "枣", "大枣", "jujubes", "red date", "red dates"],
        苹果: ["apple", "apples"],
        apple: ["苹果", "apples"],
        香梨: ["梨", "pear", "pears", "fragrant pear"],
        核桃: ["walnut", "walnuts"],
        walnut: ["核桃", "walnuts"],
      }),
      typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } },
      distinctAttribute: null,
    })
    expect(Object.keys(settings.synonyms)).toHaveLength(PRODUCE_SYNONYMS.flat().length)
    // Two tasks, each polled until it left "processing".
    expect(standIn.requests.filter((r) => r.path.startsWith("/tasks/")).map((r) => r.path)).toEqual([
      "/tasks/0", "/tasks/0", "/tasks/1", "/tasks/1",
    ])
  })

  it("writes documents in batches without the Postgres-only fields, then waits on every task", async () => {
    await start([], 2)
    const doc = (id: string, price: number) => ({
      id, handle: id, title_zh: "阿克苏冰糖心苹果", price_min: price, created_at: "2026-01-05T08:00:00.000Z",
      cjk_title: "阿 克 阿克", cjk_text: "", festival: false,
    })
    const task = await provider.upsertDocuments({
      index: "product_2",
      definition,
      documents: [doc("p1", 89), doc("p2", 69), doc("p3", 59)],
    })
    expect(task).toEqual({ id: "0,1", index: "product_2", status: "enqueued" })
    const posts = standIn.requests.filter((r) => r.method === "POST")
    expect(posts.map((r) => r.path)).toEqual(["/indexes/product_2/documents?primaryKey=id", "/indexes/product_2/documents?primaryKey=id"])
    expect(posts[0].body).toEqual([
      { id: "p1", handle: "p1", title_zh: "阿克苏冰糖心苹果", price_min: 89, created_at: 1767600000000, festival: false },
      { id: "p2", handle: "p2", title_zh: "阿克苏冰糖心苹果", price_min: 69, created_at: 1767600000000, festival: false },
    ])
    expect(posts[1].body.map((d: any) => d.id)).toEqual(["p3"])

    expect(await provider.waitForTask(task)).toEqual({ ...task, status: "succeeded" })
    expect(standIn.requests.filter((r) => r.path.startsWith("/tasks/")).map((r) => r.path)).toEqual([
      "/tasks/0", "/tasks/0", "/tasks/1", "/tasks/1",
    ])
    standIn.failTasks.add(1)
    expect(await provider.waitForTask({ id: "1", index: "product_2", status: "enqueued" })).toMatchObject({
      status: "failed",
      error: { message: "Document `p1` has an invalid price_min", code: "invalid_document_fields" },
    })
  })

  it("deletes by id through delete-batch, empties with DELETE documents, and reads counts from /stats", async () => {
    await start()
    expect(await provider.deleteDocuments({ index: "product_1", filters: { id: ["p1", "p2"] } })).toEqual({
      id: "0", index: "product_1", status: "enqueued",
    })
    await provider.clearIndex({ index: "product_1" })
    expect(standIn.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      "POST /indexes/product_1/documents/delete-batch",
      "DELETE /indexes/product_1/documents",
    ])
    expect(standIn.requests[0].body).toEqual(["p1", "p2"])
    expect(await provider.listIndexes()).toEqual([{ name: "product_1", provider: "meilisearch", document_count: 16 }])
  })

  it("sends one multi-search with filters, sort, facets and range buckets, and parses real-shaped results", async () => {
    const hit = {
      id: "prod_01", handle: "aksu-rock-sugar-heart-apple", title_zh: "阿克苏冰糖心苹果", price_min: 89, in_stock: true,
      _formatted: { title_zh: "阿克苏冰糖心<mark>苹果</mark>" },
    }
    await start([
      {
        indexUid: "product_1", hits: [hit], query: "苹果", processingTimeMs: 1, limit: 20, offset: 0, estimatedTotalHits: 4,
        facetDistribution: { category_handle: { apples: 3, "gift-boxes": 1 }, in_stock: { true: 4 } },
        facetStats: { price_min: { min: 59, max: 128 } },
      },
      { indexUid: "product_1", hits: [], query: "苹果", processingTimeMs: 0, limit: 0, offset: 0, estimatedTotalHits: 3 },
      { indexUid: "product_1", hits: [], query: "苹果", processingTimeMs: 0, limit: 0, offset: 0, estimatedTotalHits: 1 },
    ])
    const result = await provider.search({
      index: definition,
      q: "苹果",
      attributes_to_retrieve: ["id", "handle", "title_zh", "price_min", "in_stock"],
      filters: { status: "published", sales_channel_ids: ["sc_1"], category_handle: ["apples", "gift-boxes"], price_min: { $gte: 50 }, in_stock: true },
      pagination: { skip: 0, take: 20, order: { price_min: "ASC" } },
      search_options: {
        match_strategy: "last",
        highlight: { fields: ["title_zh"] },
        facets: ["category_handle", "in_stock", { field: "price_min", type: "range", ranges: [{ key: "50-100", from: 50, to: 100 }, { key: "100-", from: 100 }] }],
      },
    })
    const [request] = standIn.requests
    expect(`${request.method} ${request.path}`).toBe("POST /multi-search")
    const filter =
      'status = "published" AND sales_channel_ids IN ["sc_1"] AND category_handle IN ["apples", "gift-boxes"] AND price_min >= 50 AND in_stock = true'
    expect(request.body.queries).toEqual([
      {
        indexUid: "product_1", q: "苹果", offset: 0, limit: 20,
        attributesToRetrieve: ["id", "handle", "title_zh", "price_min", "in_stock"],
        filter, sort: ["price_min:asc"], facets: ["category_handle", "in_stock"], matchingStrategy: "all",
        attributesToHighlight: ["title_zh"], highlightPreTag: "<mark>", highlightPostTag: "</mark>",
      },
      { indexUid: "product_1", q: "苹果", limit: 0, matchingStrategy: "all", filter: `(${filter}) AND (price_min >= 50 AND price_min < 100)` },
      { indexUid: "product_1", q: "苹果", limit: 0, matchingStrategy: "all", filter: `(${filter}) AND (price_min >= 100)` },
    ])
    expect(result).toEqual({
      hits: [
        {
          id: "prod_01",
          document: { id: "prod_01", handle: "aksu-rock-sugar-heart-apple", title_zh: "阿克苏冰糖心苹果", price_min: 89, in_stock: true },
          highlights: { title_zh: ["阿克苏冰糖心<mark>苹果</mark>"] },
        },
      ],
      facets: {
        category_handle: { type: "value", values: [{ value: "apples", count: 3 }, { value: "gift-boxes", count: 1 }] },
        in_stock: { type: "value", values: [{ value: "true", count: 4 }] },
        price_min: {
          type: "range",
          ranges: [{ key: "50-100", from: 50, to: 100, count: 3 }, { key: "100-", from: 100, to: undefined, count: 1 }],
        },
      },
      metadata: { skip: 0, take: 20, count: 4, query: "苹果", processing_time_ms: 1 },
    })
  })

  it("refuses what Meilisearch cannot express instead of answering differently", async () => {
    await start()
    const base = { index: definition, attributes_to_retrieve: ["id"] }
    await expect(provider.search({ ...base, filters: { handle: { $like: "%apple%" } } })).rejects.toThrow(
      'does not support the "$like" filter operator'
    )
    await expect(provider.search({ ...base, pagination: { cursor: "abc" } })).rejects.toThrow("cursor pagination")
    expect(standIn.requests).toEqual([])
  })
})

describe.skipIf(!process.env.MEILISEARCH_HOST)("Meilisearch provider against a real server (MEILISEARCH_HOST)", () => {
  const uid = `tarim_contract_${Date.now()}`
  const index = { ...definition, physical_name: uid }
  let provider: MeilisearchSearchService
  beforeAll(() => {
    provider = new MeilisearchSearchService({}, { host: process.env.MEILISEARCH_HOST!, api_key: process.env.MEILISEARCH_API_KEY })
  })
  afterAll(async () => {
    await provider.deleteIndex({ index: uid })
  })

  it("indexes, finds 苹果 and jujube (a synonym of 红枣), facets and filters", async () => {
    await provider.upsertIndex({ index })
    const docs = [
      { id: "a", handle: "a", status: "published", sales_channel_ids: ["sc"], title_zh: "阿克苏冰糖心苹果", title_en: "Aksu Apples", category_handle: ["apples"], price_min: 89, in_stock: true, festival: false, created_at: "2026-01-01T00:00:00Z" },
      { id: "b", handle: "b", status: "published", sales_channel_ids: ["sc"], title_zh: "阿拉尔骏枣 特级", title_en: "Alar Junzao", category_zh: ["红枣"], category_handle: ["jujubes"], price_min: 99, in_stock: true, festival: false, created_at: "2026-01-02T00:00:00Z" },
    ]
    const task = await provider.upsertDocuments({ index: uid, definition: index, documents: docs })
    expect((await provider.waitForTask(task)).status).toBe("succeeded")
    const run = (q: string) =>
      provider.search({
        index,
        q,
        attributes_to_retrieve: ["id"],
        filters: { status: "published", sales_channel_ids: ["sc"] },
        search_options: { facets: ["category_handle"] },
      })
    expect((await run("苹果")).hits.map((h) => h.id)).toEqual(["a"])
    expect((await run("jujube")).hits.map((h) => h.id)).toEqual(["b"])
    expect((await run("")).facets?.category_handle).toEqual({
      type: "value",
      values: [{ value: "apples", count: 1 }, { value: "jujubes", count: 1 }],
    })
  })
})
