#!/usr/bin/env node
// `npm run dev`: waits for the backend's dev-env.json (written after migrations and the first seed, ~1 min on a
// fresh clone) unless MEDUSA_BACKEND_URL and a publishable key are set, then runs `next dev` on PORT (8000).
import { spawn } from "node:child_process"
import { existsSync } from "node:fs"
import path from "node:path"
import { setTimeout as sleep } from "node:timers/promises"
import { createRequire } from "node:module"

const env = process.env
const port = env.PORT || "8000"
const devEnv = env.MEDUSA_DEV_ENV_FILE || path.resolve("../backend/.data/dev-env.json")
const configured = env.MEDUSA_BACKEND_URL && (env.MEDUSA_PUBLISHABLE_KEY || env.NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY)

if (!configured && !existsSync(devEnv)) {
  console.log(`[storefront] waiting for the backend to write ${path.relative(process.cwd(), devEnv)} (first run seeds the demo shop, about a minute)…`)
  const started = Date.now()
  while (!existsSync(devEnv)) {
    await sleep(1000)
    if ((Date.now() - started) % 30000 < 1000) console.log(`[storefront] still waiting for the backend (${Math.round((Date.now() - started) / 1000)} s)…`)
  }
  console.log("[storefront] backend is ready")
}

const next = createRequire(import.meta.url).resolve("next/dist/bin/next")
const child = spawn(process.execPath, [next, "dev", "--port", port], { stdio: "inherit", env })
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal))
child.on("exit", (code) => process.exit(code ?? 0))
