#!/usr/bin/env node
// `npm run dev` for the backend: embedded Postgres (unless DATABASE_URL is set) → migrations → seed once →
// dev admin user → `medusa develop`. Ctrl-C stops Medusa, then Postgres, cleanly.
import { spawn } from "node:child_process"
import { randomBytes } from "node:crypto"
import { mkdir, readFile, writeFile } from "node:fs/promises"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { createRequire } from "node:module"
import pg from "pg"
import { assertPortFree, startEmbeddedPostgres } from "./postgres.mjs"

const backendDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const dataDir = path.join(backendDir, ".data")
const medusaCli = createRequire(import.meta.url).resolve("@medusajs/cli/cli.js")
const env = { MEDUSA_DISABLE_TELEMETRY: "true", ...process.env }
const port = Number(env.PORT || 9000)
const adminEmail = env.DEV_ADMIN_EMAIL || "admin@tarim.local"
const adminPassword = env.DEV_ADMIN_PASSWORD || "tarim-dev-only"

const say = (line) => console.log(`[tarim] ${line}`)

/** Runs the Medusa CLI and resolves when it exits 0. */
function medusa(args, { inherit = true } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [medusaCli, ...args], { cwd: backendDir, env, stdio: inherit ? "inherit" : "pipe" })
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`medusa ${args[0]} exited with code ${code}`))))
  })
}

async function queryOne(sql, params = []) {
  const client = new pg.Client({ connectionString: env.DATABASE_URL })
  await client.connect()
  try {
    return (await client.query(sql, params)).rows[0]
  } finally {
    await client.end()
  }
}

async function main() {
  await assertPortFree(port, "PORT")
  let postgres
  if (!env.DATABASE_URL) {
    const pgPort = Number(env.EMBEDDED_PG_PORT || 54320)
    say(`starting embedded Postgres on port ${pgPort} (data in ${path.relative(process.cwd(), dataDir)}/postgres)`)
    postgres = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "postgres"), port: pgPort, database: "tarim" })
    env.DATABASE_URL = postgres.url
  }
  const stopPostgres = async () => {
    if (postgres) {
      say("stopping embedded Postgres")
      await postgres.stop()
      postgres = undefined
    }
  }

  try {
    say("applying migrations")
    await medusa(["db:migrate"])
    const seeded = await queryOne("SELECT 1 AS ok FROM sales_channel WHERE name = $1 AND deleted_at IS NULL", ["Tarim Market"])
    if (seeded) say("demo catalog already seeded; reusing it")
    else {
      say("seeding the demo catalog")
      await medusa(["exec", "./src/scripts/seed.ts"])
    }
    const admin = await queryOne('SELECT 1 AS ok FROM "user" WHERE email = $1 AND deleted_at IS NULL', [adminEmail])
    if (!admin) {
      say(`creating dev admin ${adminEmail}`)
      await medusa(["user", "-e", adminEmail, "-p", adminPassword])
    }
    const coopDemo = await queryOne("SELECT 1 AS ok FROM cooperative_member WHERE email LIKE '%@coop.tarim.local' LIMIT 1")
    if (!coopDemo) {
      say("creating the demo co-op managers and shipping some demo orders")
      await medusa(["exec", "./src/scripts/coop-demo.ts"])
    }
    const key = await queryOne(
      "SELECT token FROM api_key WHERE type = 'publishable' AND title = $1 AND revoked_at IS NULL AND deleted_at IS NULL",
      ["Tarim Market storefront"]
    )
    // What the storefront's dev server reads (apps/storefront/src/lib/config.ts): no copy-paste between apps.
    const devEnvFile = path.join(dataDir, "dev-env.json")
    const previous = JSON.parse(await readFile(devEnvFile, "utf8").catch(() => "{}"))
    env.STOREFRONT_URL ??= "http://localhost:8000"
    env.REVALIDATE_SECRET ??= previous.revalidateSecret ?? randomBytes(16).toString("hex")
    await mkdir(dataDir, { recursive: true })
    await writeFile(
      devEnvFile,
      JSON.stringify(
        { backendUrl: `http://localhost:${port}`, publishableKey: key?.token ?? null, revalidateSecret: env.REVALIDATE_SECRET },
        null,
        2
      )
    )
    say(`backend  http://localhost:${port}   admin http://localhost:${port}/app`)
    say(`dev login ${adminEmail} / ${adminPassword} (development only)`)
    say(`co-op portal http://localhost:8000/coop   login <cooperative handle>@coop.tarim.local / tarim-dev-only (development only)`)
    say(`publishable key ${key?.token ?? "(none found)"}`)
  } catch (err) {
    await stopPostgres()
    throw err
  }

  // Its own process group, so a stop reaches the server process `medusa develop` forks as well.
  const server = spawn(process.execPath, [medusaCli, "develop"], { cwd: backendDir, env, stdio: "inherit", detached: true })
  let stopping = false
  const stop = (signal) => {
    if (stopping) return
    stopping = true
    try {
      process.kill(-server.pid, signal)
    } catch {
      server.kill(signal)
    }
  }
  process.on("SIGINT", () => stop("SIGINT"))
  process.on("SIGTERM", () => stop("SIGTERM"))
  server.on("exit", async (code) => {
    await stopPostgres()
    process.exit(stopping ? 0 : code ?? 1)
  })
}

main().catch((err) => {
  console.error(`[tarim] ${err.message}`)
  process.exit(1)
})
