// Gives the Medusa test runner a real Postgres: DATABASE_URL when set, otherwise a throwaway embedded cluster.
import { mkdtemp, rm } from "node:fs/promises"
import os from "node:os"
import path from "node:path"
import { startEmbeddedPostgres } from "../bin/postgres.mjs"
import { freePort } from "../bin/production-backend.mjs"

function useUrl(url) {
  const u = new URL(url)
  // The test runner turns SSL on for 127.0.0.1 and then hangs; localhost keeps it off.
  process.env.DB_HOST = u.hostname === "127.0.0.1" ? "localhost" : u.hostname
  process.env.DB_PORT = u.port || "5432"
  process.env.DB_USERNAME = decodeURIComponent(u.username)
  process.env.DB_PASSWORD = decodeURIComponent(u.password)
}

export default async function setup() {
  process.env.MEDUSA_DISABLE_TELEMETRY = "true"
  if (process.env.DATABASE_URL) {
    useUrl(process.env.DATABASE_URL)
    return
  }
  const tmp = await mkdtemp(path.join(os.tmpdir(), "tarim-test-pg-"))
  const port = await freePort()
  const postgres = await startEmbeddedPostgres({ dataDir: path.join(tmp, "pg"), port, database: "postgres", persistent: false })
  useUrl(postgres.url)
  return async () => {
    await postgres.stop()
    // The cluster removes its own data directory; the folder made for it goes too.
    await rm(tmp, { recursive: true, force: true })
  }
}
