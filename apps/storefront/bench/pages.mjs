#!/usr/bin/env node
// `npm run bench:pages`: page throughput of the production storefront while orders pour in (issue #14).
// One production backend (embedded Postgres, the seed, LOG_LEVEL=http so it logs every request it serves), then, one
// after the other, two `next start` builds against it: this tree's and a baseline commit's (a git worktree, default
// the commit before the cached pages; BENCH_BASELINE=<ref> picks another, BENCH_BASELINE=none skips it). Per build and
// page (home, a category, a product): autocannon, 20 connections × 20 s, once idle and once while guest orders are
// placed through the store API at 2 per second (carts readied beforehand, completed during the run); then a
// 200-connection burst on home, and the same burst on a plain Node server sending home's bytes after 1 ms of work
// (the control: what this machine does to any saturated Node process). The catalog carries photos (bench/photo-catalog.mjs).
// Backend requests per page view are counted from the backend's own request log. Results go to
// bench/results/pages.json at the repo root.
import { execFileSync } from "node:child_process"
import { existsSync } from "node:fs"
import { mkdir, writeFile } from "node:fs/promises"
import { createServer } from "node:http"
import os from "node:os"
import path from "node:path"
import { createRequire } from "node:module"
import { fileURLToPath } from "node:url"
import autocannon from "autocannon"
import { freePort, startProductionBackend, TEST_ADMIN, waitFor } from "../../backend/bin/production-backend.mjs"
import { completeCart, readyCart } from "../../backend/bin/shopper.mjs"
import { DIST_DIR, forgetRuntimeCache, run, serve, storefrontEnv } from "../e2e/stack.mjs"
import { usePhotoCatalog } from "./photo-catalog.mjs"

const storefrontDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const repoDir = path.resolve(storefrontDir, "../..")
const resultsFile = process.env.BENCH_RESULTS_FILE || path.join(repoDir, "bench/results/pages.json")
/** Each tree's own Next (the baseline's is its hard-linked copy: another path, so another React). */
const nextCli = (dir) => createRequire(path.join(dir, "package.json")).resolve("next/dist/bin/next")
const PAGES = [
  { name: "home", path: "/" },
  { name: "category", path: "/categories/jujubes" },
  { name: "product", path: "/products/alar-junzao-jujube-special" },
]
const CONNECTIONS = 20
const SECONDS = Number(process.env.BENCH_SECONDS || 20)
const BURST = { connections: 200, seconds: SECONDS, path: "/" }
const ORDERS_PER_SECOND = 2
const TARGET = { reqPerSec: 400, p97_5Ms: 100, timesBaseline: 4, backendPerView: 0.1, errors: 0 }
const say = (line) => console.log(`[bench:pages] ${line}`)

/**
 * The baseline's tree: a git worktree of `ref` with this repo's installed node_modules hard-linked in (Turbopack
 * compiles nothing outside the tree, so symlinks would not do; hard links cost no copy).
 */
async function baselineTree(ref) {
  const commit = execFileSync("git", ["rev-parse", "--short", ref], { cwd: repoDir, encoding: "utf8" }).trim()
  // Outside this repo: nested in it, Next would take this repo's root for the baseline's and load React twice.
  const dir = path.join(os.tmpdir(), `tarim-bench-baseline-${commit}`)
  if (!existsSync(dir)) execFileSync("git", ["worktree", "add", "--detach", dir, commit], { cwd: repoDir, stdio: "ignore" })
  for (const rel of ["node_modules", "apps/storefront/node_modules"]) {
    if (existsSync(path.join(repoDir, rel)) && !existsSync(path.join(dir, rel))) execFileSync("cp", ["-al", path.join(repoDir, rel), path.join(dir, rel)])
  }
  const remove = () => {
    if (existsSync(dir)) execFileSync("git", ["worktree", "remove", "--force", dir], { cwd: repoDir, stdio: "ignore" })
  }
  return { commit, storefrontDir: path.join(dir, "apps/storefront"), remove }
}

/** Builds one storefront (before anything is measured, so a failing build fails the bench at once). */
async function buildStorefront({ dir, name }) {
  const env = storefrontEnv({ backend: { url: "http://localhost:9000", publishableKey: "pk_build" }, port: 0, revalidateSecret: "build" })
  if (process.env.BENCH_REUSE_BUILDS && existsSync(path.join(dir, DIST_DIR, "BUILD_ID"))) say(`${name}: reusing its build`)
  else {
    say(`${name}: next build…`)
    await run(nextCli(dir), ["build"], { cwd: dir, env, label: `${name} next build` })
  }
}

/** Starts one built storefront against the backend; resolves with its URL and stop(). */
async function startStorefront({ dir, name, backend, relayUrl, secret }) {
  const port = await freePort()
  forgetRuntimeCache(dir)
  const server = serve(nextCli(dir), ["start", "--port", String(port)], { cwd: dir, env: storefrontEnv({ backend, port, revalidateSecret: secret }), label: name })
  const url = `http://localhost:${port}`
  try {
    await waitFor(`${url}/`, server.child, server.output)
  } catch (error) {
    await server.stop()
    throw error
  }
  relayUrl.current = url
  say(`${name}: ${url}`)
  return { url, stop: server.stop }
}

/**
 * Counts the requests the backend logs (LOG_LEVEL=http, one JSON line each) that a storefront makes: every GET but
 * the order simulator's own (carts, shipping options, payment collections). Region reads are the storefront's too:
 * the simulator asks for the region once, before the bench.
 */
function countBackendReads(backend) {
  let count = 0
  let partial = ""
  backend.processes[0].child.stdout.on("data", (chunk) => {
    const lines = (partial + chunk).split("\n")
    partial = lines.pop()
    for (const line of lines) {
      if (!line.startsWith('{"level":"http"')) continue
      const { method, path: url } = JSON.parse(line)
      if (method === "GET" && !/^\/store\/(carts|shipping-options|payment-collections)/.test(url)) count++
    }
  })
  return () => count
}

/**
 * Guest carts readied for checkout (address, 普通快递, pay on delivery), `count` of them, four at a time. This machine's
 * backend readies and completes about one order a second end to end (a cart's shipping method alone takes 0.3 s), so
 * carts are readied before the runs and the runs complete them: the orders that land during a run are real checkouts
 * (reservations, stock events, the festival's figures), only the form-filling before them is not timed.
 */
async function readyCarts(backend, variants, regionId, count) {
  const carts = []
  let n = 0
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      while (n < count) {
        const k = n++
        carts.push(
          await readyCart(backend.url, backend.publishableKey, {
            regionId,
            items: [{ variant_id: variants[k % variants.length], quantity: 1 }],
            email: `bench-${Date.now()}-${k}@tarim.test`,
            address: { first_name: "李", last_name: "华", phone: "13800138000", province: "浙江省", city: "台州市", address_1: `椒江区 东海大道 ${k} 号` },
          })
        )
        if (carts.length % 50 === 0) say(`readied ${carts.length} of ${count} carts`)
      }
    })
  )
  return carts
}

/** Completes readied carts at `perSecond` (never more than 8 at once) until stop(). */
function orderStream(backend, carts, perSecond) {
  let placed = 0
  let failed = 0
  let skipped = 0
  let inFlight = 0
  const started = performance.now()
  const timer = setInterval(async () => {
    const cartId = inFlight < 8 ? carts.pop() : undefined
    if (!cartId) return void skipped++ // out of carts, or the backend is not keeping up: count it, never pile up
    inFlight++
    const { status, body } = await completeCart(backend.url, backend.publishableKey, cartId)
    if (status === 200 && body.type === "order") placed++
    else failed++
    inFlight--
  }, 1000 / perSecond)
  return async () => {
    clearInterval(timer)
    // The rate over the run itself; completions still in flight when it ends are waited for and counted.
    const seconds = (performance.now() - started) / 1000
    while (inFlight > 0) await new Promise((r) => setTimeout(r, 100))
    return { placed, failed, skipped, seconds: Math.round(seconds * 10) / 10, perSecond: Math.round((placed / seconds) * 100) / 100 }
  }
}

/** One autocannon run; the figures pages.json keeps. */
async function hammer(url, connections, seconds) {
  const result = await autocannon({ url, connections, duration: seconds, timeout: 10 })
  return {
    reqPerSec: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p97_5Ms: result.latency.p97_5,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    // autocannon's `errors` counts connection errors, timeouts among them.
    errors: result.errors + result.non2xx,
    non2xx: result.non2xx,
    timeouts: result.timeouts,
  }
}

/**
 * The burst's control: a plain Node server answering every request with `body` (home's HTML as the storefront sends
 * it) after a millisecond of work, so it too is saturated, under the same burst. Whatever its timeouts are belong to
 * one busy Node process on this machine, not to Next or the storefront.
 */
async function burstControl(body) {
  const server = createServer((_req, res) => {
    for (const until = performance.now() + 1; performance.now() < until; );
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(body)
  })
  const port = await freePort()
  await new Promise((resolve) => server.listen(port, resolve))
  try {
    return { server: `node:http, 1 ms of work, then ${body.length} bytes`, connections: BURST.connections, ...(await hammer(`http://localhost:${port}/`, BURST.connections, BURST.seconds)) }
  } finally {
    server.close()
  }
}

/** Idle, then with orders, on each page; then the burst on home with orders, and its control. */
async function measureStorefront({ name, storefront, backend, carts, backendReads, relay }) {
  const figures = { idle: {}, orders: {} }
  for (const page of PAGES) for (let i = 0; i < 3; i++) await fetch(`${storefront.url}${page.path}`) // as a live shop's cache would be
  for (const page of PAGES) {
    const before = backendReads()
    const idle = await hammer(`${storefront.url}${page.path}`, CONNECTIONS, SECONDS)
    figures.idle[page.name] = { ...idle, backendPerView: round((backendReads() - before) / Math.max(1, idle.requests), 4) }
    say(`${name} idle   ${page.name.padEnd(8)} ${line(figures.idle[page.name])}`)
  }
  for (const page of PAGES) {
    const before = { reads: backendReads(), revalidations: relay.count }
    const stop = orderStream(backend, carts, ORDERS_PER_SECOND)
    const busy = await hammer(`${storefront.url}${page.path}`, CONNECTIONS, SECONDS)
    const orders = await stop()
    figures.orders[page.name] = {
      ...busy,
      backendPerView: round((backendReads() - before.reads) / Math.max(1, busy.requests), 4),
      orders,
      revalidations: relay.count - before.revalidations,
    }
    say(`${name} orders ${page.name.padEnd(8)} ${line(figures.orders[page.name])} · orders ${orders.placed} (${orders.perSecond}/s, ${orders.failed} failed, ${orders.skipped} skipped)`)
  }
  const stop = orderStream(backend, carts, ORDERS_PER_SECOND)
  figures.burst = { connections: BURST.connections, path: BURST.path, ...(await hammer(`${storefront.url}${BURST.path}`, BURST.connections, BURST.seconds)), orders: await stop() }
  say(`${name} burst  home     ${line(figures.burst)}  (timeouts ${figures.burst.timeouts})`)
  const home = Buffer.from(await (await fetch(`${storefront.url}/`)).arrayBuffer())
  figures.burstControl = await burstControl(home)
  say(`${name} burst  control  ${line(figures.burstControl)}  (timeouts ${figures.burstControl.timeouts})`)
  return figures
}

const round = (n, digits) => Math.round(n * 10 ** digits) / 10 ** digits
const line = (f) => `${f.reqPerSec} req/s  p50 ${f.p50Ms} ms  p97.5 ${f.p97_5Ms} ms  p99 ${f.p99Ms} ms  errors ${f.errors}${f.backendPerView !== undefined ? `  backend/view ${f.backendPerView}` : ""}`

async function main() {
  const secret = Math.random().toString(36).slice(2)
  // The backend tells whichever storefront is under test which tags are stale; this relay passes it on and counts.
  const relay = { current: null, count: 0 }
  const relayServer = createServer(async (req, res) => {
    let body = ""
    for await (const chunk of req) body += chunk
    relay.count++
    const answer = relay.current
      ? await fetch(`${relay.current}${req.url}`, { method: "POST", headers: { "content-type": "application/json", "x-revalidate-secret": secret }, body }).catch(() => null)
      : null
    res.writeHead(answer?.status ?? 503).end()
  })
  const relayPort = await freePort()
  await new Promise((resolve) => relayServer.listen(relayPort, "127.0.0.1", resolve))

  const baselineRef = process.env.BENCH_BASELINE || "cff0013"
  const baseline = baselineRef === "none" ? null : await baselineTree(baselineRef)
  process.once("exit", () => baseline && !process.env.BENCH_KEEP_BASELINE && baseline.remove())
  const builds = [
    { name: "current", dir: storefrontDir, commit: execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: repoDir, encoding: "utf8" }).trim() },
    ...(baseline ? [{ name: "baseline", dir: baseline.storefrontDir, commit: baseline.commit }] : []),
  ]
  for (const build of builds) await buildStorefront(build)
  say("backend: build, embedded Postgres, seed…")
  const backend = await startProductionBackend({
    reuseBuild: !!process.env.BENCH_REUSE_BUILDS,
    env: { LOG_LEVEL: "http", STOREFRONT_URL: `http://127.0.0.1:${relayPort}`, REVALIDATE_SECRET: secret },
    log: say,
  })
  try {
    const backendReads = countBackendReads(backend)
    const catalog = await usePhotoCatalog({ backendUrl: backend.url, admin: TEST_ADMIN, log: say })
    say(`photo catalog: ${catalog.photos} JPEGs of ${catalog.side} px, ${catalog.kb.min}–${catalog.kb.max} KB`)
    const storeGet = (p) => fetch(`${backend.url}${p}`, { headers: { "x-publishable-api-key": backend.publishableKey } }).then((r) => r.json())
    const { regions } = await storeGet("/store/regions")
    const { products } = await storeGet(`/store/products?limit=100&region_id=${regions[0].id}&fields=id,variants.id,variants.inventory_quantity,*variants.presale`)
    // Plentiful, in-stock, not pre-sale: orders of these leave every page's stock as shown most of the time.
    const variants = products.flatMap((p) => p.variants).filter((v) => (v.inventory_quantity ?? 0) >= 80 && !v.presale).map((v) => v.id)
    // Every run with orders completes up to ORDERS_PER_SECOND × its seconds carts, plus a few to spare.
    const perRun = ORDERS_PER_SECOND * SECONDS + 4
    const carts = await readyCarts(backend, variants, regions[0].id, perRun * (PAGES.length + 1) * builds.length)
    say(`readied ${carts.length} carts of ${variants.length} variants; runs with orders complete ${ORDERS_PER_SECOND} a second`)

    const report = {
      benchmark: "storefront-pages",
      tool: `autocannon 8, ${CONNECTIONS} connections × ${SECONDS} s per page; burst ${BURST.connections} connections × ${BURST.seconds} s on home; next start (production)`,
      machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, node: process.version },
      measuredAt: new Date().toISOString(),
      ordersPerSecondAsked: ORDERS_PER_SECOND,
      orders: "guest carts readied before the runs (address, shipping, pay on delivery); each run with orders completes them through POST /store/carts/:id/complete at the asked rate",
      backendRequestsCounted: "GET requests in the backend's own request log (LOG_LEVEL=http) during each run, but the order simulator's",
      catalog: { pictures: "photos (bench/photo-catalog.mjs), uploaded through the admin API", ...catalog },
      target: TARGET,
      builds: {},
    }
    for (const build of builds) {
      const storefront = await startStorefront({ dir: build.dir, name: build.name, backend, relayUrl: relay, secret })
      try {
        report.builds[build.name] = { commit: build.commit, ...(await measureStorefront({ name: build.name, storefront, backend, carts, backendReads, relay })) }
      } finally {
        await storefront.stop()
        relay.current = null
      }
    }
    const current = report.builds.current
    const base = report.builds.baseline
    report.meets = Object.fromEntries(
      PAGES.map(({ name }) => {
        const f = current.orders[name]
        const times = base ? round(f.reqPerSec / base.orders[name].reqPerSec, 2) : null
        return [
          name,
          {
            timesBaseline: times,
            ok:
              f.reqPerSec >= TARGET.reqPerSec &&
              f.p97_5Ms <= TARGET.p97_5Ms &&
              (times === null || times >= TARGET.timesBaseline) &&
              f.backendPerView <= TARGET.backendPerView &&
              f.errors === 0 &&
              f.orders.perSecond >= ORDERS_PER_SECOND * 0.95,
          },
        ]
      })
    )
    report.meets.burst = { ok: current.burst.errors === 0, controlErrors: current.burstControl.errors }
    await mkdir(path.dirname(resultsFile), { recursive: true })
    await writeFile(resultsFile, `${JSON.stringify(report, null, 2)}\n`)
    say(`wrote ${resultsFile}`)
    for (const [name, m] of Object.entries(report.meets)) say(`${name.padEnd(8)} ${m.timesBaseline ? `${m.timesBaseline}× baseline  ` : ""}${m.ok ? "meets target" : "MISSES target"}`)
  } finally {
    await backend.stop()
    relayServer.close()
    if (baseline && !process.env.BENCH_KEEP_BASELINE) baseline.remove()
  }
}

main().catch((error) => {
  console.error(`[bench:pages] ${error.stack ?? error.message}`)
  process.exit(1)
})
