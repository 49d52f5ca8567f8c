#!/usr/bin/env node
// Starts a throwaway production stack for e2e tests and the Lighthouse bench: embedded Postgres in a temp dir,
// `medusa build` → migrate → seed → admin user → `medusa start`, then `next build` → `next start` of this storefront.
// Every port is free-picked unless set (E2E_PG_PORT, E2E_BACKEND_PORT, E2E_STOREFRONT_PORT), so it never collides with
// `npm run dev` (9000/8000/54320). Run directly (`node e2e/stack.mjs`) to keep a stack up until Ctrl-C.
import { spawn } from "node:child_process"
import { randomBytes } from "node:crypto"
import { existsSync } from "node:fs"
import { mkdtemp, rm } from "node:fs/promises"
import { createRequire } from "node:module"
import net from "node:net"
import os from "node:os"
import path from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"

const storefrontDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const backendDir = path.resolve(storefrontDir, "../backend")
const serverDir = path.join(backendDir, ".medusa/server")
const require = createRequire(path.join(backendDir, "package.json"))
const medusaCli = require.resolve("@medusajs/cli/cli.js")
const nextCli = createRequire(path.join(storefrontDir, "package.json")).resolve("next/dist/bin/next")

export const ADMIN = { email: "admin@tarim.test", password: "e2e-admin-password" }
/** Where the e2e/bench build of the storefront goes, apart from `next dev`'s .next. */
export const DIST_DIR = ".e2e/next"

const say = (line) => console.log(`[stack] ${line}`)

async function freePort(wanted) {
  if (wanted) return Number(wanted)
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

/** Runs a node CLI to completion; rejects with the tail of its output. */
function run(cli, args, { cwd, env, label }) {
  return new Promise((resolve, reject) => {
    const started = Date.now()
    const child = spawn(process.execPath, [cli, ...args], { cwd, env, stdio: ["ignore", "pipe", "pipe"] })
    let output = ""
    const keep = (chunk) => (output = (output + chunk).slice(-8000))
    child.stdout.on("data", keep)
    child.stderr.on("data", keep)
    child.on("exit", (code) => {
      if (code === 0) {
        say(`${label} done in ${Math.round((Date.now() - started) / 1000)} s`)
        resolve(output)
      } else reject(new Error(`${label} exited with code ${code}:\n${output}`))
    })
  })
}

/** Starts a long-running node CLI in its own process group (so stopping it reaches its children). */
function serve(cli, args, { cwd, env, label }) {
  const child = spawn(process.execPath, [cli, ...args], { cwd, env, stdio: ["ignore", "pipe", "pipe"], detached: true })
  let output = ""
  const keep = (chunk) => {
    output = (output + chunk).slice(-8000)
    if (process.env.E2E_VERBOSE) process.stdout.write(`[${label}] ${chunk}`)
  }
  child.stdout.on("data", keep)
  child.stderr.on("data", keep)
  return {
    child,
    output: () => output,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.once("exit", resolve)
        try {
          process.kill(-child.pid, "SIGTERM")
        } catch {
          child.kill("SIGTERM")
        }
        setTimeout(() => {
          try {
            process.kill(-child.pid, "SIGKILL")
          } catch {}
        }, 8000).unref()
      }),
  }
}

async function waitFor(url, server, label, timeoutMs = 120000) {
  const started = Date.now()
  while (Date.now() - started < timeoutMs) {
    if (server.child.exitCode !== null) throw new Error(`${label} exited early:\n${server.output()}`)
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(5000) })
      if (res.status < 500) return
    } catch {}
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`${label} did not answer ${url} within ${timeoutMs / 1000} s:\n${server.output()}`)
}

async function publishableKey(databaseUrl) {
  const pg = require("pg")
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const { rows } = await client.query(
      "SELECT token FROM api_key WHERE type = 'publishable' AND title = $1 AND revoked_at IS NULL AND deleted_at IS NULL",
      ["Tarim Market storefront"]
    )
    if (!rows[0]) throw new Error("the seed created no publishable key titled 'Tarim Market storefront'")
    return rows[0].token
  } finally {
    await client.end()
  }
}

/**
 * Starts the whole stack. Set E2E_REUSE_BACKEND_BUILD=1 / E2E_REUSE_STOREFRONT_BUILD=1 to skip a build whose output
 * already exists (faster local reruns). Resolves with URLs, the publishable key and stop().
 */
export async function startStack() {
  const env = process.env
  const [pgPort, backendPort, storefrontPort] = [
    await freePort(env.E2E_PG_PORT),
    await freePort(env.E2E_BACKEND_PORT),
    await freePort(env.E2E_STOREFRONT_PORT),
  ]
  const backendUrl = `http://localhost:${backendPort}`
  const storefrontUrl = `http://localhost:${storefrontPort}`
  const revalidateSecret = randomBytes(16).toString("hex")
  const tmp = await mkdtemp(path.join(os.tmpdir(), "tarim-e2e-"))
  const stops = []
  const stop = async () => {
    for (const fn of stops.reverse()) await fn().catch((err) => say(`stop: ${err.message}`))
    await rm(tmp, { recursive: true, force: true })
  }

  try {
    const { startEmbeddedPostgres } = await import(pathToFileURL(path.join(backendDir, "bin/postgres.mjs")).href)
    say(`Postgres on ${pgPort} (temp data in ${tmp})`)
    const postgres = await startEmbeddedPostgres({ dataDir: path.join(tmp, "pg"), port: pgPort, database: "tarim_e2e", persistent: false })
    stops.push(() => postgres.stop())

    const backendEnv = {
      ...env,
      NODE_ENV: "production",
      DATABASE_URL: postgres.url,
      PORT: String(backendPort),
      MEDUSA_BACKEND_URL: backendUrl,
      MEDUSA_DISABLE_TELEMETRY: "true",
      DISABLE_MEDUSA_ADMIN: "true",
      JWT_SECRET: randomBytes(24).toString("hex"),
      COOKIE_SECRET: randomBytes(24).toString("hex"),
      STORE_CORS: storefrontUrl,
      AUTH_CORS: `${storefrontUrl},${backendUrl}`,
      ADMIN_CORS: backendUrl,
      STOREFRONT_URL: storefrontUrl,
      REVALIDATE_SECRET: revalidateSecret,
    }
    delete backendEnv.REDIS_URL
    delete backendEnv.STRIPE_API_KEY

    if (env.E2E_REUSE_BACKEND_BUILD && existsSync(path.join(serverDir, "medusa-config.js"))) say("reusing apps/backend/.medusa/server")
    else {
      say("medusa build (about a minute)…")
      await run(medusaCli, ["build"], { cwd: backendDir, env: backendEnv, label: "medusa build" }).catch((error) => {
        // Type errors fail `medusa build` yet it still emits the server; they are the backend typecheck's business.
        if (!/Backend build completed with errors/.test(error.message) || !existsSync(path.join(serverDir, "medusa-config.js"))) throw error
        say("medusa build reported type errors (see `npm run typecheck` in apps/backend); using the emitted server")
      })
    }
    await run(medusaCli, ["db:migrate"], { cwd: serverDir, env: backendEnv, label: "medusa db:migrate" })
    await run(medusaCli, ["exec", "./src/scripts/seed.js"], { cwd: serverDir, env: backendEnv, label: "seed" })
    await run(medusaCli, ["user", "-e", ADMIN.email, "-p", ADMIN.password], { cwd: serverDir, env: backendEnv, label: "admin user" })
    const key = await publishableKey(postgres.url)

    const backend = serve(medusaCli, ["start"], { cwd: serverDir, env: backendEnv, label: "backend" })
    stops.push(backend.stop)
    await waitFor(`${backendUrl}/health`, backend, "medusa start")
    say(`backend ${backendUrl}`)

    const storefrontEnv = {
      ...env,
      NODE_ENV: "production",
      NEXT_DIST_DIR: DIST_DIR,
      NEXT_TELEMETRY_DISABLED: "1",
      MEDUSA_BACKEND_URL: backendUrl,
      MEDUSA_PUBLISHABLE_KEY: key,
      STOREFRONT_URL: storefrontUrl,
      REVALIDATE_SECRET: revalidateSecret,
      COOKIE_SECURE: "false",
      PORT: String(storefrontPort),
    }
    delete storefrontEnv.NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY
    if (env.E2E_REUSE_STOREFRONT_BUILD && existsSync(path.join(storefrontDir, DIST_DIR, "BUILD_ID"))) say(`reusing ${DIST_DIR}`)
    else await run(nextCli, ["build"], { cwd: storefrontDir, env: storefrontEnv, label: "next build" })
    const storefront = serve(nextCli, ["start", "--port", String(storefrontPort)], { cwd: storefrontDir, env: storefrontEnv, label: "storefront" })
    stops.push(storefront.stop)
    await waitFor(`${storefrontUrl}/`, storefront, "next start")
    say(`storefront ${storefrontUrl}`)

    return { backendUrl, storefrontUrl, publishableKey: key, revalidateSecret, admin: ADMIN, stop }
  } catch (error) {
    await stop()
    throw error
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const stack = await startStack()
  say(`ready: storefront ${stack.storefrontUrl}  backend ${stack.backendUrl}  key ${stack.publishableKey}  (Ctrl-C stops)`)
  const shutdown = async () => {
    await stack.stop()
    process.exit(0)
  }
  process.on("SIGINT", shutdown)
  process.on("SIGTERM", shutdown)
}
