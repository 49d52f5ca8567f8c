// A flash sale on a running backend, as `npm run bench:flash` and the rush tests play it: the organizer puts a few
// boxes on sale through the admin API, buyers make their carts ready to pay, then all of them press "pay" at once.
import pg from "pg"
import { completeCart, readyCart } from "./shopper.mjs"

/** Runs `fn` over `items` with at most `limit` calls in flight; resolves with the results in order. */
export async function mapLimit(items, limit, fn) {
  const results = new Array(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const i = next++
      results[i] = await fn(items[i], i)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return results
}

/** Logs in to the admin API and returns a `request(method, path, body)` that throws with the backend's message. */
export async function adminApi(baseUrl, { email, password }) {
  const login = await fetch(`${baseUrl}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
  })
  const { token } = await login.json()
  if (!token) throw new Error(`admin login as ${email} failed: ${login.status}`)
  return async function request(method, path, body) {
    const res = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: body ? JSON.stringify(body) : undefined,
    })
    const data = await res.json().catch(() => ({}))
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${data.message ?? res.statusText}`)
    return data
  }
}

/**
 * Puts a flash-sale product on the shelf: one inventory item with `units` in stock at the sales channel's first
 * warehouse, sold as the given variants (`[{ title, perUnit }]`: a variant takes `perUnit` of the item per box, so
 * two variants share one inventory item). `sideUnits` adds a second, uncontested item ("side") for mixed carts, and
 * `box` a gift-box variant ("礼盒", an inventory kit) taking one of each item.
 * Resolves with { productId, variantIds, inventoryItemId, side?: { variantId, inventoryItemId }, box?: { variantId } }.
 */
export async function createFlashStock(admin, { title, units, variants = [{ title: "1 盒", perUnit: 1 }], sideUnits, box = false }) {
  const { shipping_profiles } = await admin("GET", "/admin/shipping-profiles?limit=1")
  const { sales_channels } = await admin("GET", "/admin/sales-channels?fields=id,*stock_locations&limit=10")
  const channel = sales_channels.find((c) => c.stock_locations?.length)
  const locationId = channel.stock_locations[0].id
  const stamp = `${Date.now()}-${Math.random().toString(36).slice(2, 7)}`
  const item = async (suffix, stocked) => {
    const { inventory_item } = await admin("POST", "/admin/inventory-items", { sku: `flash-${stamp}-${suffix}`, title: `${title} ${suffix}` })
    await admin("POST", `/admin/inventory-items/${inventory_item.id}/location-levels`, { location_id: locationId, stocked_quantity: stocked })
    return inventory_item.id
  }
  const inventoryItemId = await item("main", units)
  const sideItemId = sideUnits ? await item("side", sideUnits) : null
  const options = [...variants.map((v) => v.title), ...(sideItemId ? ["side"] : []), ...(box ? ["礼盒"] : [])]
  const { product } = await admin("POST", "/admin/products", {
    title: `${title} ${stamp}`,
    status: "published",
    shipping_profile_id: shipping_profiles[0].id,
    sales_channels: [{ id: channel.id }],
    options: [{ title: "规格", values: options }],
    variants: [
      ...variants.map((v) => ({
        title: v.title,
        sku: `flash-${stamp}-${v.title}`,
        weight: 5000 * v.perUnit,
        manage_inventory: true,
        options: { 规格: v.title },
        prices: [{ amount: 99 * v.perUnit, currency_code: "cny" }],
        inventory_items: [{ inventory_item_id: inventoryItemId, required_quantity: v.perUnit }],
      })),
      ...(sideItemId
        ? [{
            title: "side",
            sku: `flash-${stamp}-side`,
            weight: 1000,
            manage_inventory: true,
            options: { 规格: "side" },
            prices: [{ amount: 29, currency_code: "cny" }],
            inventory_items: [{ inventory_item_id: sideItemId, required_quantity: 1 }],
          }]
        : []),
      ...(box
        ? [{
            title: "礼盒",
            sku: `flash-${stamp}-box`,
            weight: 6000,
            manage_inventory: true,
            options: { 规格: "礼盒" },
            prices: [{ amount: 128, currency_code: "cny" }],
            inventory_items: [
              { inventory_item_id: inventoryItemId, required_quantity: 1 },
              { inventory_item_id: sideItemId, required_quantity: 1 },
            ],
          }]
        : []),
    ],
  })
  const byTitle = new Map(product.variants.map((v) => [v.title, v.id]))
  return {
    productId: product.id,
    variantIds: variants.map((v) => byTitle.get(v.title)),
    inventoryItemId,
    side: sideItemId ? { variantId: byTitle.get("side"), inventoryItemId: sideItemId } : undefined,
    box: box ? { variantId: byTitle.get("礼盒") } : undefined,
  }
}

const address = (n) => ({
  first_name: "买",
  last_name: `家${n}`,
  phone: `139${String(10_000_000 + n).slice(-8)}`,
  province: "浙江省",
  city: "台州市",
  address_1: `椒江区 市府大道 ${n} 号`,
})

/**
 * Makes `count` carts ready to pay; `items(n)` gives buyer n's lines. `urls` are the servers to use, in turn.
 * Resolves with the cart ids.
 */
export async function readyBuyers(urls, key, { count, items, concurrency = 8 }) {
  const { regions } = await fetch(`${urls[0]}/store/regions`, { headers: { "x-publishable-api-key": key } }).then((r) => r.json())
  const stamp = Date.now()
  return mapLimit(Array.from({ length: count }, (_, n) => n), concurrency, (n) =>
    readyCart(urls[n % urls.length], key, {
      items: items(n),
      email: `rush-${stamp}-${n}@tarim.test`,
      address: address(n),
      regionId: regions[0].id,
    })
  )
}

/**
 * Every buyer presses "pay" at the same moment: one POST /store/carts/:id/complete per cart, all in flight at once,
 * spread over `urls`. Resolves with [{ cartId, url, status, body, ms }] and the wall time of the whole rush.
 */
export async function rush(urls, key, cartIds) {
  const started = performance.now()
  const answers = await Promise.all(
    cartIds.map(async (cartId, n) => {
      const url = urls[n % urls.length]
      return { cartId, url, ...(await completeCart(url, key, cartId)) }
    })
  )
  return { answers, wallMs: performance.now() - started }
}

/** p50 / p95 / max of a list of milliseconds (null when empty). */
export function percentiles(values) {
  if (!values.length) return null
  const sorted = [...values].sort((a, b) => a - b)
  const at = (p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
  return { p50: Math.round(at(50)), p95: Math.round(at(95)), max: Math.round(sorted.at(-1)) }
}

/** How a rush went, from the answers alone: statuses, orders, and the latencies of winners and losers. */
export function summarise(answers) {
  const byStatus = {}
  for (const a of answers) byStatus[a.status] = (byStatus[a.status] ?? 0) + 1
  const won = answers.filter((a) => a.status === 200 && a.body.type === "order")
  const lost = answers.filter((a) => !(a.status === 200 && a.body.type === "order"))
  return {
    answers: byStatus,
    fivexx: answers.filter((a) => a.status >= 500 || a.status === 0).length,
    orders: won.length,
    winning_ms: percentiles(won.map((a) => a.ms)),
    losing_ms: percentiles(lost.map((a) => a.ms)),
    messages: [...new Set(lost.map((a) => `${a.status} ${a.body.code ?? a.body.type ?? ""}: ${a.body.message ?? a.body.error?.message ?? ""}`))].slice(0, 5),
  }
}

/**
 * What Postgres holds for the given carts and inventory items, read directly: the orders linked to the carts, every
 * order made from them (`made`, linked or not), each order line with the units reserved for it, and each item's
 * stocked / reserved quantity and the sum of its reservations.
 */
export async function ledger(databaseUrl, { cartIds, inventoryItemIds }) {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const { rows: orders } = await client.query(
      `SELECT oc.cart_id, oc.order_id FROM order_cart oc JOIN "order" o ON o.id = oc.order_id
        WHERE oc.cart_id = ANY($1) AND oc.deleted_at IS NULL AND o.deleted_at IS NULL`,
      [cartIds]
    )
    const { rows: lines } = await client.query(
      `SELECT o.id AS order_id, li.id AS line_id, li.variant_id, oi.quantity::int AS quantity,
              (SELECT COALESCE(SUM(r.quantity), 0)::int FROM reservation_item r
                WHERE r.line_item_id = li.id AND r.deleted_at IS NULL) AS reserved
         FROM "order" o JOIN order_item oi ON oi.order_id = o.id AND oi.version = o.version AND oi.deleted_at IS NULL
         JOIN order_line_item li ON li.id = oi.item_id
        WHERE o.id = ANY($1)`,
      [orders.map((o) => o.order_id)]
    )
    const { rows: items } = await client.query(
      `SELECT il.inventory_item_id, SUM(il.stocked_quantity)::int AS stocked, SUM(il.reserved_quantity)::int AS reserved,
              (SELECT COALESCE(SUM(r.quantity), 0)::int FROM reservation_item r
                WHERE r.inventory_item_id = il.inventory_item_id AND r.deleted_at IS NULL) AS reservations
         FROM inventory_level il WHERE il.inventory_item_id = ANY($1) AND il.deleted_at IS NULL
        GROUP BY il.inventory_item_id`,
      [inventoryItemIds]
    )
    // Every order made from these carts, linked or not (the checkout marks each cart with its own id first).
    const { rows: made } = await client.query(
      `SELECT id AS order_id, metadata->>'tarim_cart_id' AS cart_id FROM "order"
        WHERE deleted_at IS NULL AND metadata->>'tarim_cart_id' = ANY($1)`,
      [cartIds]
    )
    return { orders, made, lines, items: Object.fromEntries(items.map((i) => [i.inventory_item_id, i])) }
  } finally {
    await client.end()
  }
}
