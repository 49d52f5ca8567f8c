import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { segmentForIndex } from "../search/_cjk"

/**
 * `npm run bench:search` data: N generated products (default 10,000) written straight into the `product` search
 * index through the Search Module, so the same provider and document shape as real products. Deterministic, so
 * every run indexes the same catalog. Run with `medusa exec ./src/scripts/search-bench-catalog.js N`.
 */
const KINDS = [
  { zh: "冰糖心苹果", en: "Rock-Sugar-Heart Apples", category: "apples", zhCat: "苹果", enCat: "Apples" },
  { zh: "红富士苹果", en: "Red Fuji Apples", category: "apples", zhCat: "苹果", enCat: "Apples" },
  { zh: "骏枣", en: "Junzao Jujubes", category: "jujubes", zhCat: "红枣", enCat: "Jujubes" },
  { zh: "灰枣", en: "Huizao Jujubes", category: "jujubes", zhCat: "红枣", enCat: "Jujubes" },
  { zh: "香梨", en: "Fragrant Pears", category: "pears", zhCat: "香梨", enCat: "Fragrant pears" },
  { zh: "薄皮核桃", en: "Thin-Shell Walnuts", category: "nuts", zhCat: "核桃与坚果", enCat: "Walnuts & nuts" },
  { zh: "巴旦木", en: "Badam Almonds", category: "nuts", zhCat: "核桃与坚果", enCat: "Walnuts & nuts" },
  { zh: "葡萄干", en: "Raisins", category: "dried-fruit", zhCat: "干果", enCat: "Dried fruit" },
  { zh: "无花果干", en: "Dried Figs", category: "dried-fruit", zhCat: "干果", enCat: "Dried fruit" },
  { zh: "年货礼盒", en: "New Year Gift Box", category: "gift-boxes", zhCat: "礼盒", enCat: "Gift boxes" },
]
const PLACES = [
  { zh: "阿克苏", en: "Aksu", origin: "新疆阿克苏" },
  { zh: "阿拉尔", en: "Alar", origin: "新疆阿拉尔" },
  { zh: "库尔勒", en: "Korla", origin: "新疆库尔勒" },
  { zh: "和田", en: "Hotan", origin: "新疆和田" },
  { zh: "喀什", en: "Kashgar", origin: "新疆喀什" },
]
const COOPS = [
  { handle: "alar-12th-regiment-jujube", zh: "阿拉尔市十二团红枣专业合作社", en: "Alar 12th Regiment Jujube Cooperative" },
  { handle: "alar-10th-regiment-orchard", zh: "阿拉尔市十团果业合作社", en: "Alar 10th Regiment Orchard Cooperative" },
  { handle: "aksu-tokayi-walnut", zh: "阿克苏市托喀依乡核桃合作社", en: "Tokayi Township Walnut Cooperative, Aksu" },
  { handle: "alar-14th-regiment-dried-fruit", zh: "阿拉尔市十四团干果合作社", en: "Alar 14th Regiment Dried Fruit Cooperative" },
]
const GRADES = [
  { zh: "特级", en: "Special Grade" },
  { zh: "一级", en: "First Grade" },
  { zh: "家庭装", en: "Family Pack" },
  { zh: "精品", en: "Premium" },
]

/** Deterministic pseudo-random numbers, so every run indexes the same catalog. */
function rng(seed: number) {
  return () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32)
}

export function generate(salesChannelId: string, products: number) {
  const random = rng(20260105)
  const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)]
  return Array.from({ length: products }, (_, i) => {
    const kind = pick(KINDS)
    const place = pick(PLACES)
    const grade = pick(GRADES)
    const coop = pick(COOPS)
    const base = 20 + Math.floor(random() * 300)
    const title_zh = `${place.zh}${kind.zh} ${grade.zh} ${i}号`
    const subtitle_zh = `${place.zh}产地直发 · ${kind.zhCat}`
    const description_zh = `${coop.zh}的${kind.zh}，${place.zh}日照充足，昼夜温差大，果实饱满香甜。`
    return {
      id: `bench_${String(i).padStart(5, "0")}`,
      handle: `bench-${i}`,
      status: "published",
      sales_channel_ids: [salesChannelId],
      thumbnail: null,
      title_zh,
      title_en: `${place.en} ${kind.en}, ${grade.en} #${i}`,
      subtitle_zh,
      subtitle_en: `Direct from ${place.en} · ${kind.enCat}`,
      description_zh,
      description_en: `${kind.en} from ${coop.en}: long sunny days in ${place.en} make them full and sweet.`,
      category_handle: [kind.category],
      category_zh: [kind.zhCat],
      category_en: [kind.enCat],
      cooperative_handle: coop.handle,
      cooperative_zh: coop.zh,
      cooperative_en: coop.en,
      origin_zh: place.origin,
      origin_en: `${place.en}, Xinjiang`,
      tags: [],
      price_min: base,
      price_max: base * 3,
      in_stock: random() > 0.15,
      weights_g: [2500, 5000, 10000],
      festival: false,
      created_at: new Date(Date.UTC(2025, 0, 1) + i * 3_600_000).toISOString(),
      cjk_title: segmentForIndex(title_zh, kind.zhCat),
      cjk_text: segmentForIndex(subtitle_zh, description_zh, coop.zh, place.origin),
    }
  })
}

export default async function loadSearchBenchCatalog({ container, args }: ExecArgs) {
  const products = Number(args?.[0] ?? 10_000)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const [channel] = await container.resolve(Modules.SALES_CHANNEL).listSalesChannels({ name: "Tarim Market" })
  const search = container.resolve(Modules.SEARCH)
  const documents = generate(channel.id, products)
  const started = Date.now()
  for (let i = 0; i < documents.length; i += 1000) {
    await search.upsertDocuments({ index: "product", documents: documents.slice(i, i + 1000) })
    logger.info(`search bench: indexed ${Math.min(i + 1000, documents.length)} of ${documents.length} products`)
  }
  // What autovacuum would do on a real database after a bulk load.
  await container.resolve(ContainerRegistrationKeys.PG_CONNECTION).raw("ANALYZE")
  logger.info(`search bench: ${documents.length} products indexed in ${((Date.now() - started) / 1000).toFixed(1)} s`)
}
