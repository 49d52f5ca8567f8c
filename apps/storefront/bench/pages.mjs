#!/usr/bin/env node
// `npm run bench:pages`: page throughput of the production storefront while orders pour in (issue #14).
// One production backend (embedded Postgres, the seed, LOG_LEVEL=http so it logs every request it serves), then, one
// after the other, two `next start` builds against it: this tree's and a baseline commit's (a git worktree, default
// the commit before the cached pages; BENCH_BASELINE=<ref> picks another, BENCH_BASELINE=none skips it). Per build and
// page (home, a category, a product): autocannon, 20 connections × 20 s, once idle and once while guest orders are
// placed through the store API at 2 per second; then a 200-connection burst on home. Backend requests per page view
// are counted from the backend's own request log. Results go to bench/results/pages.json at the repo root.
import { spawn, execFileSync } from "node:child_process"
import { existsSync } from "node:fs"
import { mkdir, rm, symlink, writeFile } from "node:fs/promises"
import { createServer } from "node:http"
import os from "node:os"
import path from "node:path"
import { createRequire } from "node:module"
import { fileURLToPath } from "node:url"
import autocannon from "autocannon"
import { freePort, startProductionBackend, waitFor } from "../../backend/bin/production-backend.mjs"
import { completeCart, readyCart } from "../../backend/bin/shopper.mjs"

const storefrontDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const repoDir = path.resolve(storefrontDir, "../..")
const resultsFile = process.env.BENCH_RESULTS_FILE || path.join(repoDir, "bench/results/pages.json")
const nextCli = createRequire(import.meta.url).resolve("next/dist/bin/next")
const DIST_DIR = ".e2e/next" // already in tsconfig's include, as for the e2e builds
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

/** The baseline's tree: a git worktree of `ref` sharing this repo's installed node_modules. */
async function baselineTree(ref) {
  const commit = execFileSync("git", ["rev-parse", "--short", ref], { cwd: repoDir, encoding: "utf8" }).trim()
  const dir = path.join(repoDir, ".bench", `baseline-${commit}`)
  if (!existsSync(dir)) {
    await mkdir(path.dirname(dir), { recursive: true })
    execFileSync("git", ["worktree", "add", "--detach", dir, commit], { cwd: repoDir, stdio: "ignore" })
  }
  for (const rel of ["node_modules", "apps/storefront/node_modules"]) {
    if (existsSync(path.join(repoDir, rel)) && !existsSync(path.join(dir, rel))) await symlink(path.join(repoDir, rel), path.join(dir, rel))
  }
  return { commit, storefrontDir: path.join(dir, "apps/storefront"), remove: () => execFileSync("git", ["worktree", "remove", "--force", dir], { cwd: repoDir, stdio: "ignore" }) }
}

/** Runs a command to completion, failing with the tail of its output. */
function run(args, { cwd, env, label }) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] })
    let output = ""
    const keep = (chunk) => (output = (output + chunk).slice(-6000))
    child.stdout.on("data", keep)
    child.stderr.on("data", keep)
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${label} exited with ${code}:\n${output}`))))
  })
}

/** Builds and starts one storefront; resolves with its URL and stop(). */
async function startStorefront({ dir, name, backend, relayUrl, secret }) {
  const port = await freePort()
  const env = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_DIST_DIR: DIST_DIR,
    NEXT_TELEMETRY_DISABLED: "1",
    MEDUSA_BACKEND_URL: backend.url,
    MEDUSA_PUBLISHABLE_KEY: backend.publishableKey,
    STOREFRONT_URL: `http://localhost:${port}`,
    REVALIDATE_SECRET: secret,
    COOKIE_SECURE: "false",
    PORT: String(port),
  }
  delete env.NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY
  if (process.env.BENCH_REUSE_BUILDS && existsSync(path.join(dir, DIST_DIR, "BUILD_ID"))) say(`${name}: reusing its build`)
  else {
    say(`${name}: next build…`)
    await run([nextCli, "build"], { cwd: dir, env, label: `${name} next build` })
  }
  const child = spawn(process.execPath, [nextCli, "start", "--port", String(port)], { cwd: dir, env, stdio: ["ignore", "pipe", "pipe"], detached: true })
  let output = ""
  const keep = (chunk) => (output = (output + chunk).slice(-6000))
  child.stdout.on("data", keep)
  child.stderr.on("data", keep)
  const url = `http://localhost:${port}`
  await waitFor(`${url}/`, child, () => output)
  relayUrl.current = url
  say(`${name}: ${url}`)
  return {
    url,
    output: () => output,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.once("exit", resolve)
        process.kill(-child.pid, "SIGTERM")
      }),
  }
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

/** Guest orders through the store API at `perSecond`, each of 1–2 boxes of in-stock produce, until stop(). */
function orderStream(backend, variants, regionId, perSecond) {
  let placed = 0
  let failed = 0
  let inFlight = 0
  let n = 0
  const started = performance.now()
  const timer = setInterval(async () => {
    if (inFlight >= 8) return void failed++ // the backend is not keeping up: count it, never pile up
    inFlight++
    n++
    const item = variants[n % variants.length]
    try {
      const cartId = await readyCart(backend.url, backend.publishableKey, {
        regionId,
        items: [{ variant_id: item, quantity: 1 + (n % 2) }],
        email: `bench-${Date.now()}-${n}@tarim.test`,
        address: { first_name: "李", last_name: "华", phone: "13800138000", province: "浙江省", city: "台州市", address_1: `椒江区 东海大道 ${n} 号` },
      })
      const { status, body } = await completeCart(backend.url, backend.publishableKey, cartId)
      if (status === 200 && body.type === "order") placed++
      else failed++
    } catch {
      failed++
    } finally {
      inFlight--
    }
  }, 1000 / perSecond)
  return async () => {
    clearInterval(timer)
    while (inFlight > 0) await new Promise((r) => setTimeout(r, 100))
    const seconds = (performance.now() - started) / 1000
    return { placed, failed, perSecond: Math.round((placed / seconds) * 100) / 100 }
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
    errors: result.errors + result.timeouts + result.non2xx,
    non2xx: result.non2xx,
    timeouts: result.timeouts,
  }
}

/** Idle, then with orders, on each page; then the burst on home with orders. */
async function measureStorefront({ name, storefront, backend, variants, regionId, backendReads, relay }) {
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
    const stop = orderStream(backend, variants, regionId, ORDERS_PER_SECOND)
    const busy = await hammer(`${storefront.url}${page.path}`, CONNECTIONS, SECONDS)
    const orders = await stop()
    figures.orders[page.name] = {
      ...busy,
      backendPerView: round((backendReads() - before.reads) / Math.max(1, busy.requests), 4),
      orders,
      revalidations: relay.count - before.revalidations,
    }
    say(`${name} orders ${page.name.padEnd(8)} ${line(figures.orders[page.name])} · orders ${orders.placed} (${orders.perSecond}/s, ${orders.failed} failed)`)
  }
  const stop = orderStream(backend, variants, regionId, ORDERS_PER_SECOND)
  figures.burst = { connections: BURST.connections, path: BURST.path, ...(await hammer(`${storefront.url}${BURST.path}`, BURST.connections, BURST.seconds)), orders: await stop() }
  say(`${name} burst  home     ${line(figures.burst)}`)
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
  say("backend: build, embedded Postgres, seed…")
  const backend = await startProductionBackend({
    reuseBuild: !!process.env.BENCH_REUSE_BUILDS,
    env: { LOG_LEVEL: "http", STOREFRONT_URL: `http://127.0.0.1:${relayPort}`, REVALIDATE_SECRET: secret },
    log: say,
  })
  const backendReads = countBackendReads(backend)
  const storeGet = (p) => fetch(`${backend.url}${p}`, { headers: { "x-publishable-api-key": backend.publishableKey } }).then((r) => r.json())
  const { regions } = await storeGet("/store/regions")
  const { products } = await storeGet(`/store/products?limit=100&region_id=${regions[0].id}&fields=id,variants.id,variants.inventory_quantity,*variants.presale`)
  // Plentiful, in-stock, not pre-sale: orders of these leave every page's stock as shown most of the time.
  const variants = products.flatMap((p) => p.variants).filter((v) => (v.inventory_quantity ?? 0) >= 80 && !v.presale).map((v) => v.id)
  say(`orders will buy ${variants.length} variants, ${ORDERS_PER_SECOND} orders a second`)

  const report = {
    benchmark: "storefront-pages",
    tool: `autocannon 8, ${CONNECTIONS} connections × ${SECONDS} s per page; burst ${BURST.connections} connections × ${BURST.seconds} s on home; next start (production)`,
    machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, node: process.version },
    measuredAt: new Date().toISOString(),
    ordersPerSecondAsked: ORDERS_PER_SECOND,
    backendRequestsCounted: "GET requests in the backend's own request log (LOG_LEVEL=http) during each run, but the order simulator's",
    target: TARGET,
    builds: {},
  }
  const builds = [
    { name: "current", dir: storefrontDir, commit: execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: repoDir, encoding: "utf8" }).trim() },
    ...(baseline ? [{ name: "baseline", dir: baseline.storefrontDir, commit: baseline.commit }] : []),
  ]
  try {
    for (const build of builds) {
      const storefront = await startStorefront({ dir: build.dir, name: build.name, backend, relayUrl: relay, secret })
      try {
        report.builds[build.name] = { commit: build.commit, ...(await measureStorefront({ name: build.name, storefront, backend, variants, regionId: regions[0].id, backendReads, relay })) }
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
    report.meets.burst = { ok: current.burst.errors === 0 }
    await mkdir(path.dirname(resultsFile), { recursive: true })
    await writeFile(resultsFile, `${JSON.stringify(report, null, 2)}\n`)
    say(`wrote ${resultsFile}`)
    for (const [name, m] of Object.entries(report.meets)) say(`${name.padEnd(8)} ${m.timesBaseline ? `${m.timesBaseline}× baseline  ` : ""}${m.ok ? "meets target" : "MISSES target"}`)
  } finally {
    await backend.stop()
    relayServer.close()
    if (baseline && !process.env.BENCH_KEEP_BASELINE) {
      baseline.remove()
      await rm(path.join(repoDir, ".bench"), { recursive: true, force: true })
    }
  }
}

main().catch((error) => {
  console.error(`[bench:pages] ${error.stack ?? error.message}`)
  process.exit(1)
})
