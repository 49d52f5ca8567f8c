#!/usr/bin/env node
// npm run simulate:festival -- --orders N: N realistic festival orders through the store API of a running backend.
import { readFile } from "node:fs/promises"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { parseArgs } from "node:util"
import { placeOrder } from "./shopper.mjs"

const here = path.dirname(fileURLToPath(import.meta.url))
const { values } = parseArgs({ options: { orders: { type: "string", default: "20" } } })
const count = Number(values.orders)
if (!Number.isInteger(count) || count < 1 || count > 10_000) {
  console.error(`simulate-festival: --orders must be a whole number from 1 to 10000, got "${values.orders}"`)
  process.exit(1)
}

async function devEnv() {
  if (process.env.MEDUSA_BACKEND_URL && process.env.MEDUSA_PUBLISHABLE_KEY) {
    return { backendUrl: process.env.MEDUSA_BACKEND_URL, publishableKey: process.env.MEDUSA_PUBLISHABLE_KEY }
  }
  try {
    return JSON.parse(await readFile(path.join(here, "../.data/dev-env.json"), "utf8"))
  } catch {
    console.error("simulate-festival: start the backend first (npm run dev), or set MEDUSA_BACKEND_URL and MEDUSA_PUBLISHABLE_KEY")
    process.exit(1)
  }
}

const cities = [
  ["浙江省", "台州市", "椒江区 东海大道"],
  ["上海市", "上海市", "徐汇区 漕溪北路"],
  ["江苏省", "南京市", "鼓楼区 中山路"],
  ["广东省", "深圳市", "南山区 科技园路"],
  ["北京市", "北京市", "海淀区 中关村大街"],
]
const names = ["李华", "王芳", "张伟", "刘洋", "陈晨", "杨帆", "赵雪", "黄磊"]

const { backendUrl, publishableKey } = await devEnv()
const { current } = await fetch(`${backendUrl}/store/festivals/current`, {
  headers: { "x-publishable-api-key": publishableKey },
}).then(async (r) => ({ current: r.ok ? (await r.json()).festival : null }))
if (!current) {
  console.error("simulate-festival: no festival is live or coming up; nothing to buy for")
  process.exit(1)
}
const { products } = await fetch(
  `${backendUrl}/store/products?limit=200&fields=id,variants.id,variants.weight&${current.product_ids.map((id) => `id[]=${id}`).join("&")}`,
  { headers: { "x-publishable-api-key": publishableKey } }
).then((r) => r.json())
const variants = products.flatMap((p) => p.variants)

let grams = 0
const started = Date.now()
for (let n = 1; n <= count; n++) {
  const pick = () => variants[Math.floor(Math.random() * variants.length)]
  const items = Array.from({ length: 1 + Math.floor(Math.random() * 2) }, () => ({ variant_id: pick().id, quantity: 1 + Math.floor(Math.random() * 2) }))
  const [province, city, street] = cities[n % cities.length]
  const name = names[n % names.length]
  try {
    const order = await placeOrder(backendUrl, publishableKey, {
      items,
      email: `shopper${Date.now()}${n}@tarim.demo`,
      address: { first_name: name.slice(0, 1), last_name: name.slice(1), phone: `139${String(10000000 + n).slice(-8)}`, province, city, address_1: `${street} ${n} 号` },
    })
    grams += items.reduce((sum, i) => sum + i.quantity * variants.find((v) => v.id === i.variant_id).weight, 0)
    console.log(`[${n}/${count}] order #${order.display_id} ¥${order.total} · ${(grams / 1e6).toFixed(3)} t so far`)
  } catch (err) {
    console.error(`[${n}/${count}] failed: ${err.message}`)
    process.exitCode = 1
  }
}
console.log(`placed ${count} orders for ${current.title_zh} in ${((Date.now() - started) / 1000).toFixed(1)} s, ${(grams / 1e6).toFixed(3)} t`)
