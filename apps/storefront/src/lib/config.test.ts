import { mkdtempSync, writeFileSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import { describe, expect, it } from "vitest"
import { devEnvFile, readDevEnv, resolveConfig } from "./config"

const devEnv = { backendUrl: "http://localhost:9000", publishableKey: "pk_dev" }

describe("resolveConfig", () => {
  it("uses the backend's dev-env.json when nothing is set", () => {
    expect(resolveConfig({}, devEnv)).toMatchObject({ backendUrl: "http://localhost:9000", publishableKey: "pk_dev", siteUrl: "http://localhost:8000" })
  })

  it.each([
    [{ MEDUSA_BACKEND_URL: "https://api.example.com/", MEDUSA_PUBLISHABLE_KEY: "pk_env" }, "https://api.example.com", "pk_env"],
    [{ NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY: "pk_public", MEDUSA_PUBLISHABLE_KEY: "pk_env" }, "http://localhost:9000", "pk_public"],
  ])("prefers environment variables %j", (env, backendUrl, key) => {
    expect(resolveConfig(env, devEnv)).toMatchObject({ backendUrl, publishableKey: key })
  })

  it("reads optional settings", () => {
    const config = resolveConfig(
      { STOREFRONT_URL: "https://shop.example.com", NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY: "pk_test_x", REVALIDATE_SECRET: "s3cret", PORT: "8100" },
      devEnv
    )
    expect(config).toMatchObject({ siteUrl: "https://shop.example.com", stripePublishableKey: "pk_test_x", revalidateSecret: "s3cret" })
    expect(resolveConfig({ PORT: "8100" }, devEnv)).toMatchObject({ siteUrl: "http://localhost:8100", stripePublishableKey: null, revalidateSecret: null })
  })

  it("takes the revalidation secret `npm run dev` shares through dev-env.json", () => {
    expect(resolveConfig({}, { ...devEnv, revalidateSecret: "from-dev-env" }).revalidateSecret).toBe("from-dev-env")
    expect(resolveConfig({ REVALIDATE_SECRET: "env" }, { ...devEnv, revalidateSecret: "from-dev-env" }).revalidateSecret).toBe("env")
  })

  it("says which variable is missing", () => {
    expect(() => resolveConfig({}, null)).toThrow(/MEDUSA_BACKEND_URL/)
    expect(() => resolveConfig({ MEDUSA_BACKEND_URL: "http://x" }, { backendUrl: "http://x", publishableKey: null })).toThrow(/MEDUSA_PUBLISHABLE_KEY/)
  })

  it("finds dev-env.json beside the storefront, or where MEDUSA_DEV_ENV_FILE points, and reads it", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "sf-config-"))
    const file = path.join(dir, "dev-env.json")
    writeFileSync(file, JSON.stringify(devEnv))
    expect(devEnvFile({}, "/repo/apps/storefront")).toBe("/repo/apps/backend/.data/dev-env.json")
    expect(devEnvFile({ MEDUSA_DEV_ENV_FILE: file })).toBe(file)
    expect(resolveConfig({}, readDevEnv(devEnvFile({ MEDUSA_DEV_ENV_FILE: file })))).toMatchObject(devEnv)
    expect(readDevEnv(path.join(dir, "missing.json"))).toBeNull()
    writeFileSync(path.join(dir, "broken.json"), "{ not json")
    expect(readDevEnv(path.join(dir, "broken.json"))).toBeNull()
  })
})
