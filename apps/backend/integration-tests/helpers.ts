import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createUserAccountWorkflow } from "@medusajs/medusa/core-flows"
import { PUBLISHABLE_KEY_TITLE, seedDemoCatalog } from "../src/scripts/seed"

/** Creates an admin user through Medusa's auth and user modules and returns request headers with its token. */
export async function adminHeaders(container: MedusaContainer, api: any) {
  const email = `organizer-${Date.now()}@tarim.test`
  const password = "test-password-123"
  const auth = container.resolve(Modules.AUTH)
  const { authIdentity } = await auth.register("emailpass", { body: { email, password } } as any)
  await createUserAccountWorkflow(container).run({ input: { authIdentityId: authIdentity!.id, userData: { email } } })
  const { data } = await api.post("/auth/user/emailpass", { email, password })
  return { headers: { authorization: `Bearer ${data.token}` } }
}

/** Headers carrying the seeded storefront's publishable key. */
export async function storeHeaders(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [key],
  } = await query.graph({ entity: "api_key", fields: ["token"], filters: { title: PUBLISHABLE_KEY_TITLE } })
  return { headers: { "x-publishable-api-key": key.token } }
}

/** Runs an axios call that is expected to fail and returns its response (status and body). */
export async function failure(call: Promise<unknown>): Promise<{ status: number; data: any }> {
  try {
    await call
  } catch (err: any) {
    if (err.response) return { status: err.response.status, data: err.response.data }
    throw err
  }
  throw new Error("expected the request to fail, but it succeeded")
}

/** An admin API caller that resolves with the answer's body (axios: a non-2xx answer throws). */
export type AdminCall = (method: string, path: string, body?: unknown) => Promise<any>

/**
 * The seeded shop with no demo orders, as the rush, webhook and gift-box suites start from: an admin API caller, the
 * storefront's publishable key and the backend's base URL.
 */
export async function seededShop(container: MedusaContainer, api: any): Promise<{ admin: AdminCall; key: string; url: string }> {
  await seedDemoCatalog(container, { demoOrders: 0 })
  const headers = await adminHeaders(container, api)
  const admin: AdminCall = (method, path, body) => api.request({ method, url: path, data: body, ...headers }).then((r: any) => r.data)
  const key = (await storeHeaders(container)).headers["x-publishable-api-key"]
  return { admin, key, url: api.defaults.baseURL! }
}

/** The test database's own URL (the runner's `dbConfig`), for reading the tables directly. */
export const databaseUrlOf = (dbConfig: { clientUrl: string; dbName: string }) =>
  `${dbConfig.clientUrl.replace(/\/[^/]*$/, "")}/${dbConfig.dbName}`
