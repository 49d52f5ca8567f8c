#!/usr/bin/env node
// npm run bench:flash — the festival's opening minute, measured. For each configuration (one `medusa start` with
// in-memory modules; two servers + a worker sharing Postgres and Redis) and each round: 200 buyers with carts ready
// to pay press "pay" at once for 50 boxes. Then 20 late buyers ask after the sell-out, a round of 2–3 boxes per
// buyer, gift boxes against their part sold loose, uncontested throughput (20 buyers at a time, each its own variant) and, on two servers, rounds with one
// server killed by SIGKILL mid-rush. Everything is counted from the answers and from Postgres; results go to
// bench/results/flash-sale.json. Knobs: BENCH_ROUNDS (10), BENCH_BUYERS (200), BENCH_UNITS (50), BENCH_KILLS (5),
// BENCH_CONFIGS (one,two), BENCH_REUSE_BUILD; BENCH_ONLY=gift-box plays only the gift-box round in each configuration
// and writes bench/results/flash-sale-gift-box.json instead.
import { mkdir, writeFile } from "node:fs/promises"
import os from "node:os"
import path from "node:path"
import { fileURLToPath } from "node:url"
import pg from "pg"
import { adminApi, createFlashStock, ledger, mapLimit, percentiles, readyBuyers, rush, summarise } from "../bin/flash-sale.mjs"
import { startProductionBackend, TEST_ADMIN } from "../bin/production-backend.mjs"
import { completeCart } from "../bin/shopper.mjs"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..")
const ROUNDS = Number(process.env.BENCH_ROUNDS || 10)
const BUYERS = Number(process.env.BENCH_BUYERS || 200)
const UNITS = Number(process.env.BENCH_UNITS || 50)
const KILLS = Number(process.env.BENCH_KILLS ?? 5)
const LATE = 20
const CONFIGS = (process.env.BENCH_CONFIGS || "one,two").split(",")
const ONLY_GIFT_BOX = process.env.BENCH_ONLY === "gift-box"
const OUT = ONLY_GIFT_BOX ? "bench/results/flash-sale-gift-box.json" : "bench/results/flash-sale.json"
const LEASE_MS = 8_000
const log = (line) => console.log(`[bench:flash] ${line}`)
const sleep = (ms) => new Promise((r) => setTimeout(r, ms))

async function attemptsLeft(databaseUrl) {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    return Number((await client.query("SELECT count(*) FROM checkout_attempt WHERE deleted_at IS NULL")).rows[0].count)
  } finally {
    await client.end()
  }
}

/** What Postgres says of a round: orders, boxes sold, and whether anything was oversold, lost or left unreserved. */
async function audit(backend, stock, carts, won) {
  const book = await ledger(backend.databaseUrl, { cartIds: carts, inventoryItemIds: [stock.inventoryItemId] })
  const item = book.items[stock.inventoryItemId]
  const sold = book.lines.reduce((sum, l) => sum + l.quantity, 0)
  const linked = new Map(book.orders.map((o) => [o.cart_id, o.order_id]))
  return {
    orders: book.orders.length,
    units_sold: item.reserved,
    oversold: item.reserved > item.stocked,
    reservations_match_levels: item.reservations === item.reserved && item.reserved === sold,
    every_order_reserved: book.lines.every((l) => l.reserved === l.quantity),
    every_200_has_its_one_order: won.every((a) => linked.get(a.cartId) === a.body.order.id),
    orders_without_a_200: book.orders.filter((o) => !won.some((a) => a.cartId === o.cart_id)).length,
    unlinked_orders: book.made.length - book.orders.length,
    attempts_left: await attemptsLeft(backend.databaseUrl),
  }
}

/** One round: `buyers` carts for `units` boxes, all at once; then the late buyers after the sell-out. */
async function round(backend, admin, { label, buyers, units, quantity = () => 1, late = LATE }) {
  const stock = await createFlashStock(admin, { title: `骏枣 ${label}`, units })
  const started = Date.now()
  const ready = await readyBuyers(backend.urls, backend.publishableKey, {
    count: buyers + late,
    items: (n) => [{ variant_id: stock.variantIds[0], quantity: n < late ? 1 : quantity(n - late) }],
  })
  const lateCarts = ready.slice(0, late)
  const carts = ready.slice(late)
  log(`${label}: ${buyers} carts ready in ${((Date.now() - started) / 1000).toFixed(0)} s; rush`)
  const { answers, wallMs } = await rush(backend.urls, backend.publishableKey, carts)
  const summary = summarise(answers)
  const after = await rush(backend.urls, backend.publishableKey, lateCarts)
  const result = {
    round: label,
    buyers,
    units,
    quantity_per_buyer: [...new Set(carts.map((_, n) => quantity(n)))].sort(),
    wall_ms: Math.round(wallMs),
    orders: summary.orders,
    answers: summary.answers,
    fivexx: summary.fivexx,
    winning_ms: summary.winning_ms,
    losing_ms: summary.losing_ms,
    after_sold_out: { buyers: late, answers: summarise(after.answers).answers, ms: percentiles(after.answers.map((a) => a.ms)) },
    ...(await audit(backend, stock, carts, answers.filter((a) => a.status === 200))),
  }
  log(`${label}: ${JSON.stringify({ wall_ms: result.wall_ms, orders: result.orders, units_sold: result.units_sold, answers: result.answers, winning_ms: result.winning_ms, losing_ms: result.losing_ms, after_sold_out: result.after_sold_out.ms })}`)
  return result
}

/**
 * Gift boxes against their part sold loose: half the buyers want a box (one of the contested item and one of a second,
 * plentiful part; a Medusa inventory kit), half the contested item alone, all at once, for `UNITS` of it.
 */
async function giftBoxRound(backend, admin) {
  const stock = await createFlashStock(admin, { title: "年货礼盒 与 骏枣", units: UNITS, sideUnits: BUYERS, box: true })
  const wantsBox = (n) => n % 2 === 1
  const carts = await readyBuyers(backend.urls, backend.publishableKey, {
    count: BUYERS,
    items: (n) => [{ variant_id: wantsBox(n) ? stock.box.variantId : stock.variantIds[0], quantity: 1 }],
  })
  log(`gift box: ${BUYERS} carts ready; rush`)
  const { answers, wallMs } = await rush(backend.urls, backend.publishableKey, carts)
  const summary = summarise(answers)
  const won = answers.filter((a) => a.status === 200)
  const boxes = won.filter((a) => wantsBox(carts.indexOf(a.cartId))).length
  const book = await ledger(backend.databaseUrl, { cartIds: carts, inventoryItemIds: [stock.inventoryItemId, stock.side.inventoryItemId] })
  const shared = book.items[stock.inventoryItemId]
  const second = book.items[stock.side.inventoryItemId]
  const result = {
    round: "gift box and its part sold loose",
    buyers: BUYERS,
    units: UNITS,
    wall_ms: Math.round(wallMs),
    orders: summary.orders,
    answers: summary.answers,
    fivexx: summary.fivexx,
    winning_ms: summary.winning_ms,
    boxes_sold: boxes,
    loose_sold: won.length - boxes,
    shared_part: { stocked: shared.stocked, reserved: shared.reserved, reservations: shared.reservations },
    second_part: { stocked: second.stocked, reserved: second.reserved, reservations: second.reservations },
    oversold: shared.reserved > shared.stocked,
    every_box_took_both_parts: second.reserved === boxes && shared.reserved === won.length,
  }
  log(`gift box: ${JSON.stringify(result)}`)
  return result
}

/** 20 buyers at a time, each buying a box of a variant nobody else buys: completions per second. */
async function uncontested(backend, admin, { buyers = 60, concurrency = 20 } = {}) {
  const stocks = await mapLimit(Array.from({ length: concurrency }), 4, (_, i) => createFlashStock(admin, { title: `灰枣 solo ${i}`, units: 100 }))
  const carts = await readyBuyers(backend.urls, backend.publishableKey, { count: buyers, items: (n) => [{ variant_id: stocks[n % concurrency].variantIds[0], quantity: 1 }] })
  const started = performance.now()
  const answers = await mapLimit(carts, concurrency, async (cartId, n) => ({
    cartId,
    ...(await completeCart(backend.urls[n % backend.urls.length], backend.publishableKey, cartId)),
  }))
  const seconds = (performance.now() - started) / 1000
  const summary = summarise(answers)
  const result = { buyers, concurrency, answers: summary.answers, fivexx: summary.fivexx, completions_per_s: Number((summary.orders / seconds).toFixed(2)), ms: summary.winning_ms }
  log(`uncontested: ${JSON.stringify(result)}`)
  return result
}

/** A round with server `victim` killed by SIGKILL `killAfterMs` into the rush; the cut-off buyers try again later. */
async function killRound(backend, admin, { label, victim, killAfterMs }) {
  const stock = await createFlashStock(admin, { title: `香梨 ${label}`, units: UNITS })
  const carts = await readyBuyers(backend.urls, backend.publishableKey, { count: BUYERS, items: () => [{ variant_id: stock.variantIds[0], quantity: 1 }] })
  const running = rush(backend.urls, backend.publishableKey, carts)
  await sleep(killAfterMs)
  await backend.kill(victim)
  const { answers, wallMs } = await running
  await backend.restart(victim)
  await sleep(LEASE_MS)
  const cut = answers.filter((a) => a.status === 0)
  const retried = await rush(backend.urls, backend.publishableKey, cut.map((a) => a.cartId))
  const won = [...answers, ...retried.answers].filter((a) => a.status === 200)
  const result = {
    round: label,
    buyers: BUYERS,
    units: UNITS,
    killed: { server: victim, after_ms: killAfterMs, buyers_cut_off: cut.length },
    wall_ms: Math.round(wallMs),
    answers: summarise(answers).answers,
    fivexx: answers.filter((a) => a.status >= 500).length,
    retried: { buyers: cut.length, answers: summarise(retried.answers).answers, fivexx: summarise(retried.answers).fivexx },
    ...(await audit(backend, stock, carts, won)),
  }
  log(`${label}: ${JSON.stringify(result)}`)
  return result
}

async function configuration(name, options) {
  log(`${name}: starting`)
  const backend = await startProductionBackend({ reuseBuild: !!process.env.BENCH_REUSE_BUILD, log, ...options })
  process.env.BENCH_REUSE_BUILD = "1"
  try {
    const admin = await adminApi(backend.url, TEST_ADMIN)
    if (ONLY_GIFT_BOX) return { name, processes: backend.processes.map((p) => p.role), gift_box: await giftBoxRound(backend, admin) }
    const rounds = []
    for (let i = 1; i <= ROUNDS; i++) rounds.push(await round(backend, admin, { label: `round ${i}`, buyers: BUYERS, units: UNITS }))
    const multi = await round(backend, admin, { label: "2–3 boxes each", buyers: BUYERS, units: UNITS, quantity: (n) => 2 + (n % 2) })
    const giftBox = await giftBoxRound(backend, admin)
    const throughput = await uncontested(backend, admin)
    const faults = []
    if (options.servers > 1) {
      for (let i = 1; i <= KILLS; i++) faults.push(await killRound(backend, admin, { label: `kill ${i}`, victim: (i - 1) % 2, killAfterMs: 800 + 500 * i }))
    }
    const total = (key) => rounds.reduce((sum, r) => sum + r[key], 0)
    return {
      name,
      processes: backend.processes.map((p) => p.role),
      rounds,
      totals: { rounds: rounds.length, orders: total("orders"), units_sold: total("units_sold"), fivexx: total("fivexx"), oversold_rounds: rounds.filter((r) => r.oversold).length },
      two_or_three_boxes_each: multi,
      gift_box: giftBox,
      uncontested: throughput,
      faults,
    }
  } finally {
    await backend.stop()
  }
}

const configurations = []
if (CONFIGS.includes("one")) configurations.push(await configuration("one server, in-memory modules", { servers: 1 }))
if (CONFIGS.includes("two")) configurations.push(await configuration("two servers + worker, Redis", { servers: 2, worker: true }))

const result = {
  generated_at: new Date().toISOString(),
  machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, memory_gb: Math.round(os.totalmem() / 2 ** 30), node: process.version },
  how: "production build (`medusa start`), embedded Postgres, seeded demo shop; carts made ready through the store API, then every POST /store/carts/:id/complete sent at once",
  targets: {
    per_round: `${UNITS} orders, ${UNITS} units sold, 0 answers ≥ 500, the rest 4xx sold out`,
    latency: "p95 of winning completions ≤ 5 s; a round over in < 10 s; after the sell-out, answers within 300 ms",
    gift_box: `boxes and loose units together take exactly the ${UNITS} units of the shared part, every box reserves both parts, 0 answers ≥ 500`,
  },
  configurations,
}
await mkdir(path.join(root, "bench/results"), { recursive: true })
await writeFile(path.join(root, OUT), JSON.stringify(result, null, 2) + "\n")
for (const c of configurations) log(`${c.name}: ${JSON.stringify(c.totals ?? c.gift_box)}`)
log(`→ ${OUT}`)
