import type { FullConfig } from "@playwright/test"

/**
 * Starts the throwaway stack (e2e/stack.mjs) once for all tests and hands its URLs to the workers through env.
 * With E2E_BASE_URL, E2E_BACKEND_URL and E2E_PUBLISHABLE_KEY already set, tests run against that stack instead.
 */
export default async function globalSetup(_config: FullConfig) {
  process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = "1"
  if (process.env.E2E_BASE_URL && process.env.E2E_BACKEND_URL) return
  const { startStack } = await import("./stack.mjs")
  const stack = await startStack()
  process.env.E2E_BASE_URL = stack.storefrontUrl
  process.env.E2E_BACKEND_URL = stack.backendUrl
  process.env.E2E_PUBLISHABLE_KEY = stack.publishableKey
  process.env.E2E_ADMIN_EMAIL = stack.admin.email
  process.env.E2E_ADMIN_PASSWORD = stack.admin.password
  return async () => {
    await stack.stop()
  }
}
