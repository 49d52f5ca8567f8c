// A shopper on the store API: cart → address → shipping → pay on delivery → order. Used by
// `npm run simulate:festival` and by the tests, so both buy exactly as the storefront does.

/** Calls the store API and throws with the backend's message on a non-2xx answer. */
async function store(baseUrl, key, path, body) {
  const res = await fetch(`${baseUrl}${path}`, {
    method: body ? "POST" : "GET",
    headers: { "content-type": "application/json", "x-publishable-api-key": key },
    body: body ? JSON.stringify(body) : undefined,
  })
  const data = await res.json().catch(() => ({}))
  if (!res.ok) throw new Error(`${path}: ${res.status} ${data.message ?? res.statusText}`)
  return data
}

/**
 * Places one order of `items` ([{ variant_id, quantity }]) and returns it ({ id, display_id, total }).
 * `shipping` names the shipping option (default 普通快递).
 */
export async function placeOrder(baseUrl, key, { items, email, address, shipping = "普通快递" }) {
  const { regions } = await store(baseUrl, key, "/store/regions")
  const { cart } = await store(baseUrl, key, "/store/carts", { region_id: regions[0].id, email })
  for (const item of items) {
    await store(baseUrl, key, `/store/carts/${cart.id}/line-items`, item)
  }
  await store(baseUrl, key, `/store/carts/${cart.id}`, { shipping_address: { country_code: "cn", ...address } })
  const { shipping_options } = await store(baseUrl, key, `/store/shipping-options?cart_id=${cart.id}`)
  const option = shipping_options.find((o) => o.name === shipping)
  if (!option) throw new Error(`no shipping option named ${shipping}`)
  await store(baseUrl, key, `/store/carts/${cart.id}/shipping-methods`, { option_id: option.id })
  const { payment_collection } = await store(baseUrl, key, "/store/payment-collections", { cart_id: cart.id })
  await store(baseUrl, key, `/store/payment-collections/${payment_collection.id}/payment-sessions`, {
    provider_id: "pp_system_default",
  })
  const completed = await store(baseUrl, key, `/store/carts/${cart.id}/complete`, {})
  if (completed.type !== "order") throw new Error(`cart ${cart.id} did not become an order: ${completed.error?.message}`)
  return completed.order
}
