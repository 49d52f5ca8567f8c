import { spawnSync } from "node:child_process"
import path from "node:path"

const backendDir = path.resolve(__dirname, "../..")

/** Loads medusa-config.ts in a fresh Node process with exactly `env` (plus PATH) and returns what it printed. */
function loadConfig(env: Record<string, string>) {
  const script = `const c = require("./medusa-config.ts"); console.log(JSON.stringify({
    db: c.projectConfig.databaseUrl, redis: c.projectConfig.redisUrl ?? null, worker: c.projectConfig.workerMode,
    modules: (Array.isArray(c.modules) ? c.modules : Object.values(c.modules)).map((m) => m.resolve),
    providers: (Array.isArray(c.modules) ? c.modules : Object.values(c.modules)).flatMap((m) => (m.options?.providers ?? []).map((p) => p.resolve)),
    gateRedis: (Array.isArray(c.modules) ? c.modules : Object.values(c.modules)).find((m) => m.resolve.includes("checkout-gate")).options.redisUrl ?? null,
  }))`
  const run = spawnSync(process.execPath, ["-r", "ts-node/register/transpile-only", "-e", script], {
    cwd: backendDir,
    env: { PATH: process.env.PATH!, ...env },
    encoding: "utf8",
  })
  return { status: run.status, stdout: run.stdout, stderr: run.stderr }
}

describe("medusa-config.ts reads the environment in one place", () => {
  it("defaults to the embedded Postgres and in-memory modules", () => {
    const { status, stdout } = loadConfig({})
    expect(status).toBe(0)
    const config = JSON.parse(stdout)
    expect(config.db).toBe("postgres://postgres:postgres@localhost:54320/tarim")
    expect(config.redis).toBeNull()
    expect(config.worker).toBe("shared")
    expect(config.modules.some((m: string) => m.includes("redis"))).toBe(false)
    expect(config.providers.filter((p: string) => p.includes("locking"))).toEqual(["./src/modules/locking-all-at-once"])
    expect(config.gateRedis).toBeNull()
    expect(config.providers).not.toContain("./src/modules/stripe-payments")
    expect(config.providers).toContain("@medusajs/medusa/notification-local")
    expect(config.providers).not.toContain("@medusajs/medusa/notification-sendgrid")
  })

  it("sends messages through SendGrid when SENDGRID_API_KEY and SENDGRID_FROM are set", () => {
    const { status, stdout } = loadConfig({ SENDGRID_API_KEY: "SG.test", SENDGRID_FROM: "shop@example.com" })
    expect(status).toBe(0)
    const { providers } = JSON.parse(stdout)
    expect(providers).toContain("@medusajs/medusa/notification-sendgrid")
    expect(providers).not.toContain("@medusajs/medusa/notification-local")
  })

  it("switches on Redis modules and Stripe by variable", () => {
    const { status, stdout } = loadConfig({
      DATABASE_URL: "postgres://u:p@db:5432/shop",
      REDIS_URL: "redis://cache:6379",
      STRIPE_API_KEY: "sk_test_123",
      STRIPE_WEBHOOK_SECRET: "whsec_123",
      MEDUSA_WORKER_MODE: "worker",
    })
    expect(status).toBe(0)
    const config = JSON.parse(stdout)
    expect(config.db).toBe("postgres://u:p@db:5432/shop")
    expect(config.redis).toBe("redis://cache:6379")
    expect(config.worker).toBe("worker")
    expect(config.modules).toEqual(
      expect.arrayContaining(["@medusajs/medusa/event-bus-redis", "@medusajs/medusa/workflow-engine-redis"])
    )
    expect(config.providers).toEqual(
      expect.arrayContaining([
        "./src/modules/locking-postgres-sorted",
        "@medusajs/caching-redis",
        "./src/modules/stripe-payments",
      ])
    )
    expect(config.providers.filter((p: string) => p.includes("locking"))).toEqual(["./src/modules/locking-postgres-sorted"])
    expect(config.gateRedis).toBe("redis://cache:6379")
  })

  it.each([
    [{ NODE_ENV: "production" }, /JWT_SECRET is unset or is the development default/],
    [{ NODE_ENV: "production", JWT_SECRET: "tarim-dev-secret-change-me", COOKIE_SECRET: "x".repeat(32) }, /JWT_SECRET/],
    [{ NODE_ENV: "production", JWT_SECRET: "x".repeat(32) }, /COOKIE_SECRET is unset/],
    [{ STRIPE_API_KEY: "sk_test_123" }, /STRIPE_WEBHOOK_SECRET is not/],
    [{ SENDGRID_API_KEY: "SG.test" }, /SENDGRID_FROM is not/],
  ])("refuses %o with a clear message", (env, message) => {
    const { status, stderr } = loadConfig(env as Record<string, string>)
    expect(status).not.toBe(0)
    expect(stderr).toMatch(message)
  })

  it("starts in production with real secrets", () => {
    const { status } = loadConfig({ NODE_ENV: "production", JWT_SECRET: "j".repeat(40), COOKIE_SECRET: "c".repeat(40) })
    expect(status).toBe(0)
  })
})
