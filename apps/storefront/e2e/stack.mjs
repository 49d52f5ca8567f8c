#!/usr/bin/env node
// Starts a throwaway production stack for e2e tests and the Lighthouse bench: the backend through
// apps/backend/bin/production-backend.mjs (embedded Postgres, build, migrate, seed, admin user, `medusa start`), then
// `next build` → `next start` of this storefront. Ports are free-picked unless set (E2E_BACKEND_PORT,
// E2E_STOREFRONT_PORT), so it never collides with `npm run dev` (9000/8000/54320). Run directly
// (`node e2e/stack.mjs`) to keep a stack up until Ctrl-C.
import { spawn } from "node:child_process"
import { randomBytes } from "node:crypto"
import { existsSync, rmSync } from "node:fs"
import { createRequire } from "node:module"
import path from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"
import { freePort, startProductionBackend, TEST_ADMIN, waitFor } from "../../backend/bin/production-backend.mjs"

const storefrontDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const nextCli = createRequire(path.join(storefrontDir, "package.json")).resolve("next/dist/bin/next")

/** The admin user of the throwaway backend, from the backend launcher. */
export { TEST_ADMIN }
/** Where the e2e/bench build of the storefront goes, apart from `next dev`'s .next. */
export const DIST_DIR = ".e2e/next"

const say = (line) => console.log(`[stack] ${line}`)

/** Runs a node CLI to completion; rejects with the tail of its output. */
export function run(cli, args, { cwd, env, label }) {
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
export function serve(cli, args, { cwd, env, label }) {
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

/**
 * Forgets what an earlier `next start` of the build in `dir` kept (cached pages, backend reads, optimized pictures):
 * they hold another throwaway backend's ids, which a reused build would otherwise serve.
 */
export function forgetRuntimeCache(dir) {
  for (const rel of ["server/route-cache", "cache/fetch-cache", "cache/images"]) rmSync(path.join(dir, DIST_DIR, rel), { recursive: true, force: true })
}

/** The environment a production storefront is built and started with, against `backend`, on `port`. */
export function storefrontEnv({ backend, port, revalidateSecret }) {
  const env = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_DIST_DIR: DIST_DIR,
    NEXT_TELEMETRY_DISABLED: "1",
    MEDUSA_BACKEND_URL: backend.url,
    MEDUSA_PUBLISHABLE_KEY: backend.publishableKey,
    STOREFRONT_URL: `http://localhost:${port}`,
    REVALIDATE_SECRET: revalidateSecret,
    COOKIE_SECURE: "false",
    PORT: String(port),
  }
  delete env.NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY
  return env
}

/**
 * Starts the whole stack. Set E2E_REUSE_BACKEND_BUILD=1 / E2E_REUSE_STOREFRONT_BUILD=1 to skip a build whose output
 * already exists (faster local reruns). Resolves with URLs, the publishable key and stop().
 */
export async function startStack() {
  const env = process.env
  const [backendPort, storefrontPort] = [await freePort(env.E2E_BACKEND_PORT), await freePort(env.E2E_STOREFRONT_PORT)]
  const storefrontUrl = `http://localhost:${storefrontPort}`
  const revalidateSecret = randomBytes(16).toString("hex")

  say("backend: embedded Postgres, medusa build, migrate, seed (a minute or two)…")
  const backend = await startProductionBackend({
    port: backendPort,
    reuseBuild: !!env.E2E_REUSE_BACKEND_BUILD,
    env: {
      STORE_CORS: storefrontUrl,
      AUTH_CORS: `${storefrontUrl},http://localhost:${backendPort}`,
      STOREFRONT_URL: storefrontUrl,
      REVALIDATE_SECRET: revalidateSecret,
      // The co-op test drives the organizer's side in the Medusa admin (Cooperatives page, the order's fulfilment),
      // over plain http: its session cookie may not be Secure.
      DISABLE_MEDUSA_ADMIN: "false",
      COOKIE_SECURE: "false",
    },
    log: say,
  })
  const stops = [backend.stop]
  const stop = async () => {
    for (const fn of stops.reverse()) await fn().catch((err) => say(`stop: ${err.message}`))
  }

  try {
    const sfEnv = storefrontEnv({ backend, port: storefrontPort, revalidateSecret })
    if (env.E2E_REUSE_STOREFRONT_BUILD && existsSync(path.join(storefrontDir, DIST_DIR, "BUILD_ID"))) say(`reusing ${DIST_DIR}`)
    else await run(nextCli, ["build"], { cwd: storefrontDir, env: sfEnv, label: "next build" })
    forgetRuntimeCache(storefrontDir)
    const storefront = serve(nextCli, ["start", "--port", String(storefrontPort)], { cwd: storefrontDir, env: sfEnv, label: "storefront" })
    stops.push(storefront.stop)
    await waitFor(`${storefrontUrl}/`, storefront.child, storefront.output)
    say(`storefront ${storefrontUrl}`)

    return { backendUrl: backend.url, storefrontUrl, publishableKey: backend.publishableKey, revalidateSecret, admin: TEST_ADMIN, stop }
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
