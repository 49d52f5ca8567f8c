import { liveRequest, statusOf } from "./client"
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
