#!/usr/bin/env node
// npm run bench:progress — GET /store/festivals/current under autocannon (20 s, 50 connections) against
// GET /health on the same production server; p95 of both and their ratio go to bench/results/festival-progress.json.
import { createRequire } from "node:module"
import { mkdir, writeFile } from "node:fs/promises"
import os from "node:os"
import path from "node:path"
import { fileURLToPath } from "node:url"
import autocannon from "autocannon"
import { startProductionBackend } from "../bin/production-backend.mjs"

const require = createRequire(import.meta.url)
const { decodeHist } = require("autocannon/lib/histUtil")
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..")
const DURATION = Number(process.env.BENCH_DURATION || 20)
const CONNECTIONS = 50

function load(url, headers) {
  return new Promise((resolve, reject) => {
    const instance = autocannon({ url, headers, connections: CONNECTIONS, duration: DURATION, skipAggregateResult: true }, (err, raw) => {
      if (err) return reject(err)
      const latencies = decodeHist(raw.latencies)
      resolve({
        requests: raw.requests ? decodeHist(raw.requests).totalCount : undefined,
        non2xx: raw.non2xx,
        errors: raw.errors,
        p50_ms: latencies.getValueAtPercentile(50),
        p95_ms: latencies.getValueAtPercentile(95),
        p99_ms: latencies.getValueAtPercentile(99),
        samples: latencies.totalCount,
      })
    })
    autocannon.track(instance, { renderProgressBar: false, renderResultsTable: false, renderLatencyTable: false })
  })
}

const backend = await startProductionBackend({ reuseBuild: !!process.env.BENCH_REUSE_BUILD, log: (l) => console.log(`[bench] ${l}`) })
try {
  const headers = { "x-publishable-api-key": backend.publishableKey }
  const first = await fetch(`${backend.url}/store/festivals/current`, { headers }).then((r) => r.json())
  console.log(`[bench] festival ${first.festival.handle}: ${first.festival.progress.tonnes} t, ${first.festival.progress.orders} orders`)
  console.log(`[bench] warm-up 3 s each`)
  for (const target of ["/health", "/store/festivals/current"]) {
    await new Promise((resolve) => autocannon({ url: `${backend.url}${target}`, headers, connections: 10, duration: 3 }, resolve))
  }
  console.log(`[bench] GET /health: ${DURATION} s × ${CONNECTIONS} connections`)
  const health = await load(`${backend.url}/health`, {})
  console.log(`[bench] GET /store/festivals/current: ${DURATION} s × ${CONNECTIONS} connections`)
  const progress = await load(`${backend.url}/store/festivals/current`, headers)
  const result = {
    generated_at: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, memory_gb: Math.round(os.totalmem() / 2 ** 30), node: process.version },
    server: "medusa start (production build), embedded Postgres, in-memory modules, seeded demo festival",
    load: { tool: "autocannon", duration_s: DURATION, connections: CONNECTIONS },
    health,
    festival_progress: progress,
    p95_ratio: Number((progress.p95_ms / Math.max(health.p95_ms, 1)).toFixed(2)),
    target: "festival progress p95 ≤ 1.5 × /health p95",
  }
  await mkdir(path.join(root, "bench/results"), { recursive: true })
  await writeFile(path.join(root, "bench/results/festival-progress.json"), JSON.stringify(result, null, 2) + "\n")
  console.log(`[bench] p95 /health ${health.p95_ms} ms, progress ${progress.p95_ms} ms, ratio ${result.p95_ratio} → bench/results/festival-progress.json`)
} finally {
  await backend.stop()
}
