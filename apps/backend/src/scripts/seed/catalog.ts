import type { Drawing } from "./illustrations"
import type { CategoryHandle, CooperativeHandle } from "./cooperatives"

/** One part of a gift box: the SKU of a loose variant (`<handle>-<grams>g`) and how many of it one box holds. */
export type SeedPart = { sku: string; quantity: number }

/**
 * One weight option: net grams (variant.weight) and CNY price in yuan, then either its stock at the cooperative's
 * warehouse or, for a gift box, its parts: a Medusa inventory kit that draws on the loose variants' stock.
 */
export type SeedVariant = { grams: number; price: number } & ({ stock: number; parts?: never } | { parts: SeedPart[]; stock?: never })

export type SeedFacts = {
  origin_zh: string
  origin_en: string
  grade: "special" | "first" | "second"
  harvest_from_month: number
  harvest_to_month: number
  storage_zh: string
  storage_en: string
  shelf_life_days: number
  cold_chain: boolean
}

export type SeedProduct = {
  handle: string
  title_zh: string
  title_en: string
  subtitle_zh: string
  subtitle_en: string
  description_zh: string
  description_en: string
  category: CategoryHandle
  cooperative: CooperativeHandle
  drawing: Drawing
  variants: SeedVariant[]
  facts: SeedFacts
  /** Sold ahead of its harvest: the day it ships from; each variant's stock is its pre-sale cap. */
  presale?: { ships_on: string }
}

/** The next 20 October at least 60 days away: when the new season's apples ship. */
export function nextAppleHarvest(now = new Date()): string {
  const soonest = new Date(now.getTime() + 60 * 24 * 60 * 60 * 1000)
  const year = soonest.getUTCMonth() > 9 || (soonest.getUTCMonth() === 9 && soonest.getUTCDate() > 20) ? soonest.getUTCFullYear() + 1 : soonest.getUTCFullYear()
  return `${year}-10-20`
}
const HARVEST = nextAppleHarvest()
const HARVEST_YEAR = HARVEST.slice(0, 4)

const v = (grams: number, price: number, stock: number): SeedVariant => ({ grams, price, stock })
const box = (grams: number, price: number, parts: SeedPart[]): SeedVariant => ({ grams, price, parts })
const part = (handle: string, grams: number, quantity = 1): SeedPart => ({ sku: seedSku(handle, grams), quantity })

const dryStore = { storage_zh: "阴凉干燥处密封保存", storage_en: "Keep sealed in a cool, dry place" }
const coldStore = { storage_zh: "0–4 °C 冷藏保存", storage_en: "Refrigerate at 0–4 °C" }
const alar = { origin_zh: "新疆阿拉尔", origin_en: "Alar, Xinjiang" }
const aksu = { origin_zh: "新疆阿克苏", origin_en: "Aksu, Xinjiang" }

/**
 * The demo catalog: 17 products, 2–4 net-weight variants each; the two gift boxes are kits of loose variants, and
 * next season's apples are sold ahead of the harvest.
 */
export const SEED_PRODUCTS: SeedProduct[] = [
  {
    handle: "alar-junzao-jujube-special",
    title_zh: "阿拉尔骏枣 特级",
    title_en: "Alar Junzao Jujubes, Special Grade",
    subtitle_zh: "个大肉厚 · 自然晾干",
    subtitle_en: "Large, fleshy, sun-dried",
    description_zh: "十二团枣园的骏枣，果形饱满，甜而不腻，可直接吃，也可煲汤泡茶。",
    description_en: "Junzao jujubes from 12th Regiment orchards: plump, sweet without cloying, for snacking, soups or tea.",
    category: "jujubes",
    cooperative: "alar-12th-regiment-jujube",
    drawing: "jujube",
    variants: [v(1000, 42, 200), v(2500, 99, 120), v(5000, 188, 80), v(10000, 358, 40)],
    facts: { ...alar, grade: "special", harvest_from_month: 10, harvest_to_month: 11, ...dryStore, shelf_life_days: 365, cold_chain: false },
  },
  {
    handle: "alar-huizao-jujube-first",
    title_zh: "阿拉尔灰枣 一级",
    title_en: "Alar Huizao Jujubes, First Grade",
    subtitle_zh: "小颗灰枣 · 甜度高",
    subtitle_en: "Small, intensely sweet",
    description_zh: "灰枣个头小、皮薄核小、含糖量高，是新疆人家常吃的枣。",
    description_en: "Huizao are small with thin skins, tiny stones and high sugar: the everyday jujube of Xinjiang homes.",
    category: "jujubes",
    cooperative: "alar-12th-regiment-jujube",
    drawing: "jujube",
    variants: [v(2500, 79, 150), v(5000, 148, 90), v(10000, 278, 30)],
    facts: { ...alar, grade: "first", harvest_from_month: 10, harvest_to_month: 11, ...dryStore, shelf_life_days: 365, cold_chain: false },
  },
  {
    handle: "jujube-walnut-sandwich",
    title_zh: "红枣夹核桃",
    title_en: "Jujubes Stuffed with Walnut",
    subtitle_zh: "骏枣去核 · 夹薄皮核桃仁",
    subtitle_en: "Pitted Junzao with walnut halves",
    description_zh: "去核骏枣夹入托喀依乡核桃仁，办公室和旅行的零食。",
    description_en: "Pitted Junzao jujubes filled with Tokayi walnut kernels: a snack for the office or the road.",
    category: "jujubes",
    cooperative: "alar-12th-regiment-jujube",
    drawing: "jujube",
    variants: [v(500, 39, 200), v(1000, 72, 120)],
    facts: { ...alar, grade: "first", harvest_from_month: 10, harvest_to_month: 11, ...dryStore, shelf_life_days: 180, cold_chain: false },
  },
  {
    handle: "aksu-rock-sugar-heart-apple",
    title_zh: "阿克苏冰糖心苹果",
    title_en: "Aksu Rock-Sugar-Heart Apples",
    subtitle_zh: "果心透明糖心 · 脆甜多汁",
    subtitle_en: "Translucent sugar core, crisp and juicy",
    description_zh: "昼夜温差让果心积聚糖分，切开可见透明的“冰糖心”。80–85 mm 精选果。",
    description_en: "Wide day–night swings concentrate sugar in the core, visible as a glassy 'rock-sugar heart'. Hand-picked 80–85 mm fruit.",
    category: "apples",
    cooperative: "alar-10th-regiment-orchard",
    drawing: "apple",
    variants: [v(5000, 89, 150), v(10000, 159, 80)],
    facts: { ...aksu, grade: "first", harvest_from_month: 10, harvest_to_month: 11, ...coldStore, shelf_life_days: 60, cold_chain: false },
  },
  {
    handle: "aksu-rock-sugar-apple-new-season",
    title_zh: `${HARVEST_YEAR} 新季阿克苏冰糖心苹果`,
    title_en: `${HARVEST_YEAR} New-Season Aksu Rock-Sugar-Heart Apples`,
    subtitle_zh: "预售 · 10 月 20 日起采摘发货",
    subtitle_en: "Pre-sale · picked and shipped from 20 October",
    description_zh: "提前预订下一季冰糖心苹果：十团果园按订单采摘，10 月 20 日起冷链发货，预售数量有限，售完即止。",
    description_en: "Order next season's rock-sugar-heart apples ahead: picked to order in the 10th Regiment orchards and sent by cold chain from 20 October. Limited pre-sale.",
    category: "apples",
    cooperative: "alar-10th-regiment-orchard",
    drawing: "apple",
    variants: [v(5000, 79, 300), v(10000, 149, 100)],
    facts: { ...aksu, grade: "special", harvest_from_month: 10, harvest_to_month: 11, ...coldStore, shelf_life_days: 60, cold_chain: true },
    presale: { ships_on: HARVEST },
  },
  {
    handle: "aksu-apple-large-fruit",
    title_zh: "阿克苏冰糖心苹果 大果",
    title_en: "Aksu Rock-Sugar-Heart Apples, Large",
    subtitle_zh: "90 mm 以上 · 送礼自用",
    subtitle_en: "90 mm and up, for gifts",
    description_zh: "单果 90 mm 以上的冰糖心苹果，每个独立网套包装。",
    description_en: "Rock-sugar-heart apples of 90 mm and up, each in its own foam net.",
    category: "apples",
    cooperative: "alar-10th-regiment-orchard",
    drawing: "apple",
    variants: [v(2500, 69, 100), v(5000, 128, 60)],
    facts: { ...aksu, grade: "special", harvest_from_month: 10, harvest_to_month: 11, ...coldStore, shelf_life_days: 60, cold_chain: false },
  },
  {
    handle: "alar-red-fuji-apple",
    title_zh: "阿拉尔红富士苹果",
    title_en: "Alar Red Fuji Apples",
    subtitle_zh: "家庭装 · 酸甜适中",
    subtitle_en: "Family pack, balanced sweet-tart",
    description_zh: "十团果园的红富士，果形略有差异，口感不打折，适合家庭日常。",
    description_en: "Red Fuji from 10th Regiment orchards; uneven shapes, full flavour, for every day.",
    category: "apples",
    cooperative: "alar-10th-regiment-orchard",
    drawing: "apple",
    variants: [v(5000, 59, 200), v(10000, 108, 100)],
    facts: { ...alar, grade: "second", harvest_from_month: 10, harvest_to_month: 11, ...coldStore, shelf_life_days: 45, cold_chain: false },
  },
  {
    handle: "korla-fragrant-pear",
    title_zh: "库尔勒香梨",
    title_en: "Korla Fragrant Pears",
    subtitle_zh: "十团果园 · 冷链直发",
    subtitle_en: "10th Regiment orchards, cold-chain shipped",
    description_zh: "皮薄多汁、香气浓郁的库尔勒香梨品种，冷库保鲜，冷链送达。",
    description_en: "The Korla fragrant-pear variety: thin skin, juicy, perfumed; cold-stored and cold-chain delivered.",
    category: "pears",
    cooperative: "alar-10th-regiment-orchard",
    drawing: "pear",
    variants: [v(2500, 59, 120), v(5000, 109, 80), v(10000, 199, 30)],
    facts: { ...alar, grade: "first", harvest_from_month: 9, harvest_to_month: 10, ...coldStore, shelf_life_days: 30, cold_chain: true },
  },
  {
    handle: "fragrant-pear-family-pack",
    title_zh: "新疆香梨 家庭装",
    title_en: "Xinjiang Fragrant Pears, Family Pack",
    subtitle_zh: "中小果 · 实惠装",
    subtitle_en: "Small and medium fruit, value pack",
    description_zh: "个头中小的香梨，同样清甜，适合家庭分享。",
    description_en: "Smaller fragrant pears, just as sweet, for sharing at home.",
    category: "pears",
    cooperative: "alar-10th-regiment-orchard",
    drawing: "pear",
    variants: [v(5000, 79, 100), v(10000, 139, 50)],
    facts: { ...alar, grade: "second", harvest_from_month: 9, harvest_to_month: 10, ...coldStore, shelf_life_days: 30, cold_chain: true },
  },
  {
    handle: "aksu-thin-shell-walnut",
    title_zh: "阿克苏薄皮核桃",
    title_en: "Aksu Thin-Shell Walnuts",
    subtitle_zh: "温185 · 手捏即开",
    subtitle_en: "Wen 185 variety, cracks by hand",
    description_zh: "托喀依乡的温185薄皮核桃，出仁率高，仁白味香。",
    description_en: "Wen 185 thin-shell walnuts from Tokayi: high kernel yield, pale and fragrant.",
    category: "nuts",
    cooperative: "aksu-tokayi-walnut",
    drawing: "walnut",
    variants: [v(1000, 45, 200), v(2500, 99, 120), v(5000, 188, 60)],
    facts: { ...aksu, grade: "first", harvest_from_month: 9, harvest_to_month: 9, ...dryStore, shelf_life_days: 270, cold_chain: false },
  },
  {
    handle: "walnut-kernels",
    title_zh: "核桃仁",
    title_en: "Walnut Kernels",
    subtitle_zh: "新季去壳 · 半仁",
    subtitle_en: "New-season halves",
    description_zh: "人工去壳的新季核桃仁，免去敲壳的麻烦。",
    description_en: "New-season walnut halves, shelled by hand so you don't have to.",
    category: "nuts",
    cooperative: "aksu-tokayi-walnut",
    drawing: "kernel",
    variants: [v(500, 42, 150), v(1000, 79, 80)],
    facts: { ...aksu, grade: "first", harvest_from_month: 9, harvest_to_month: 9, ...coldStore, shelf_life_days: 180, cold_chain: false },
  },
  {
    handle: "badam-almonds",
    title_zh: "巴旦木",
    title_en: "Badam Almonds",
    subtitle_zh: "纸皮巴旦木 · 原味",
    subtitle_en: "Paper-shell, unsalted",
    description_zh: "新疆特产纸皮巴旦木，壳薄易剥，原味烘烤。",
    description_en: "Xinjiang paper-shell badam almonds, easy to peel, roasted plain.",
    category: "nuts",
    cooperative: "aksu-tokayi-walnut",
    drawing: "almond",
    variants: [v(500, 39, 180), v(1000, 72, 90)],
    facts: { ...aksu, grade: "first", harvest_from_month: 8, harvest_to_month: 9, ...dryStore, shelf_life_days: 270, cold_chain: false },
  },
  {
    handle: "green-raisins",
    title_zh: "无核白葡萄干",
    title_en: "Green Seedless Raisins",
    subtitle_zh: "晾房阴干 · 无添加",
    subtitle_en: "Air-dried, nothing added",
    description_zh: "无核白葡萄在晾房中自然阴干，颜色翠绿，酸甜可口。",
    description_en: "Thompson seedless grapes air-dried in drying houses: green, sweet and tangy.",
    category: "dried-fruit",
    cooperative: "alar-14th-regiment-dried-fruit",
    drawing: "raisin",
    variants: [v(500, 25, 250), v(1000, 45, 150), v(2500, 99, 60)],
    facts: { ...alar, grade: "first", harvest_from_month: 8, harvest_to_month: 9, ...dryStore, shelf_life_days: 365, cold_chain: false },
  },
  {
    handle: "black-currant-raisins",
    title_zh: "黑加仑葡萄干",
    title_en: "Black Currant Raisins",
    subtitle_zh: "颗粒饱满 · 烘焙好搭档",
    subtitle_en: "Plump, great for baking",
    description_zh: "深色黑加仑葡萄干，果香浓郁，适合烘焙和早餐麦片。",
    description_en: "Dark currant raisins with deep fruit flavour, for baking and breakfast.",
    category: "dried-fruit",
    cooperative: "alar-14th-regiment-dried-fruit",
    drawing: "raisin",
    variants: [v(500, 29, 200), v(1000, 52, 100)],
    facts: { ...alar, grade: "first", harvest_from_month: 8, harvest_to_month: 9, ...dryStore, shelf_life_days: 365, cold_chain: false },
  },
  {
    handle: "dried-figs",
    title_zh: "无花果干",
    title_en: "Dried Figs",
    subtitle_zh: "自然晒干 · 软糯",
    subtitle_en: "Sun-dried, soft",
    description_zh: "南疆无花果自然晒干，口感软糯，籽粒脆。",
    description_en: "Southern Xinjiang figs dried in the sun: soft flesh, crunchy seeds.",
    category: "dried-fruit",
    cooperative: "alar-14th-regiment-dried-fruit",
    drawing: "fig",
    variants: [v(500, 36, 120), v(1000, 66, 60)],
    facts: { ...alar, grade: "first", harvest_from_month: 7, harvest_to_month: 8, ...dryStore, shelf_life_days: 240, cold_chain: false },
  },
  {
    handle: "tai-a-new-year-gift-box",
    title_zh: "台阿年货礼盒",
    title_en: "Taizhou–Alar New Year Gift Box",
    subtitle_zh: "骏枣 · 核桃 · 葡萄干",
    subtitle_en: "Jujubes, walnuts and raisins",
    description_zh: "年货节主打礼盒：骏枣、薄皮核桃、无核白葡萄干三样组合，红色礼盒包装。",
    description_en: "The festival's signature box: Junzao jujubes, thin-shell walnuts and green raisins in a red gift box.",
    category: "gift-boxes",
    cooperative: "alar-12th-regiment-jujube",
    drawing: "giftbox",
    variants: [
      box(2500, 168, [part("alar-junzao-jujube-special", 1000), part("aksu-thin-shell-walnut", 1000), part("green-raisins", 500)]),
      box(5000, 298, [part("alar-junzao-jujube-special", 1000, 2), part("aksu-thin-shell-walnut", 1000, 2), part("green-raisins", 500, 2)]),
    ],
    facts: { ...alar, grade: "special", harvest_from_month: 9, harvest_to_month: 11, ...dryStore, shelf_life_days: 180, cold_chain: false },
  },
  {
    handle: "rock-sugar-apple-gift-box",
    title_zh: "冰糖心苹果礼盒",
    title_en: "Rock-Sugar-Heart Apple Gift Box",
    subtitle_zh: "精品大果 · 独立格挡",
    subtitle_en: "Large apples, partitioned box",
    description_zh: "精选冰糖心大果，独立格挡礼盒，适合走亲访友。",
    description_en: "Hand-picked large rock-sugar-heart apples in a partitioned gift box.",
    category: "gift-boxes",
    cooperative: "alar-10th-regiment-orchard",
    drawing: "giftbox",
    variants: [box(5000, 148, [part("aksu-apple-large-fruit", 2500, 2)]), box(10000, 268, [part("aksu-apple-large-fruit", 5000, 2)])],
    facts: { ...aksu, grade: "special", harvest_from_month: 10, harvest_to_month: 11, ...coldStore, shelf_life_days: 45, cold_chain: false },
  },
]

/** A seeded variant's SKU: "alar-junzao-jujube-special-5000g". */
export function seedSku(handle: string, grams: number): string {
  return `${handle}-${grams}g`
}

/** "2.5 kg", "500 g": how a net weight reads on a variant. */
export function weightLabel(grams: number): string {
  return grams >= 1000 ? `${grams / 1000} kg` : `${grams} g`
}
