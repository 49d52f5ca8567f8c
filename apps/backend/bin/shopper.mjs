// A shopper on the store API: cart → address → shipping → pay on delivery → order. Used by
// `npm run simulate:festival`, `npm run bench:flash` and the tests, so all of them buy exactly as the storefront does.

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
 * Makes a cart ready to pay: `items` ([{ variant_id, quantity }]), address, the shipping option named `shipping`
 * (default 普通快递) and a payment session with `provider` (default pay on delivery). Resolves with the cart id.
 */
export async function readyCart(baseUrl, key, { items, email, address, shipping = "普通快递", regionId, provider = "pp_system_default" }) {
  regionId ??= (await store(baseUrl, key, "/store/regions")).regions[0].id
  const { cart } = await store(baseUrl, key, "/store/carts", {
    region_id: regionId,
    email,
    items,
    shipping_address: { country_code: "cn", ...address },
  })
  const { shipping_options } = await store(baseUrl, key, `/store/shipping-options?cart_id=${cart.id}`)
  const option = shipping_options.find((o) => o.name === shipping)
  if (!option) throw new Error(`no shipping option named ${shipping}`)
  await store(baseUrl, key, `/store/carts/${cart.id}/shipping-methods`, { option_id: option.id })
  const { payment_collection } = await store(baseUrl, key, "/store/payment-collections", { cart_id: cart.id })
  await store(baseUrl, key, `/store/payment-collections/${payment_collection.id}/payment-sessions`, {
    provider_id: provider,
  })
  return cart.id
}

/**
 * Asks the backend to complete a cart. Never throws for an HTTP answer: resolves with its status, body, the
 * Retry-After header and how long it took ({ status: 0 } when the connection failed).
 */
export async function completeCart(baseUrl, key, cartId) {
  const started = performance.now()
  try {
    const res = await fetch(`${baseUrl}/store/carts/${cartId}/complete`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-publishable-api-key": key },
      body: "{}",
    })
    const body = await res.json().catch(() => ({}))
    return { status: res.status, body, retryAfter: res.headers.get("retry-after"), ms: performance.now() - started }
  } catch (error) {
    return { status: 0, body: { message: String(error?.cause?.code ?? error?.message) }, ms: performance.now() - started }
  }
}

/**
 * Places one order of `items` ([{ variant_id, quantity }]) and returns it ({ id, display_id, total }).
 * `shipping` names the shipping option (default 普通快递).
 */
export async function placeOrder(baseUrl, key, options) {
  const cartId = await readyCart(baseUrl, key, options)
  const { status, body } = await completeCart(baseUrl, key, cartId)
  if (status !== 200 || body.type !== "order") {
    throw new Error(`cart ${cartId} did not become an order: ${status} ${body.error?.message ?? body.message ?? ""}`)
  }
  return body.order
}
