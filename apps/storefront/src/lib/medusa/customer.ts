import { liveRequest, signInRequest, statusOf } from "./client"
import { getAuthToken } from "./session"
import type { Customer } from "./types"

/** The signed-in customer, or null when signed out or the token has expired. */
export async function getCustomer(): Promise<Customer | null> {
  const token = await getAuthToken()
  if (!token) return null
  try {
    const { customer } = await liveRequest<{ customer: { id: string; email: string; first_name: string | null } }>(
      "/store/customers/me",
      { token, query: { fields: "id,email,first_name" } }
    )
    return { id: customer.id, email: customer.email, firstName: customer.first_name }
  } catch (error) {
    if (statusOf(error) === 401) return null
    throw error
  }
}

/**
 * Logs a customer in with email and password; resolves with their token (a 400/401 when they do not match,
 * `TooManyAttempts` after too many failures).
 */
export async function login(email: string, password: string): Promise<string> {
  const { token } = await signInRequest<{ token: string }>("/auth/customer/emailpass", { email, password })
  return token
}

/**
 * Registers a customer (email, password and name) and logs them in; resolves with their token. A 400/401 means the
 * email is already registered.
 */
export async function register(email: string, password: string, name: string): Promise<string> {
  const { token: registration } = await liveRequest<{ token: string }>("/auth/customer/emailpass/register", {
    method: "POST",
    body: { email, password },
  })
  await liveRequest("/store/customers", { method: "POST", body: { email, first_name: name }, token: registration })
  return login(email, password)
}
