import type { SoldLine, SoldPart } from "../../src/index.js";

/** The festival window of the examples: Beijing 2025-01-20 00:00 to 2025-01-30 00:00 (ten days). */
export const FESTIVAL = { from: "2025-01-19T16:00:00.000Z", to: "2025-01-29T16:00:00.000Z" } as const;

const BASE: SoldLine = {
  order_id: "order_1",
  placed_at: "2025-01-20T02:00:00Z",
  quantity: 1,
  returned_quantity: 0,
  canceled: false,
  net_weight_g: 5000,
  amount: 12900,
  currency: "cny",
  product: "骏枣 5kg",
  category: "红枣",
  cooperative: "十二团合作社",
  product_id: "prod_junzao_5kg",
};

/** A valid sold line with some fields changed. */
export function line(changes: Partial<SoldLine> = {}): SoldLine {
  return { ...BASE, ...changes };
}

/** A small deterministic PRNG (mulberry32), so generated data is the same on every run. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TWELFTH = "十二团合作社";
const FRUIT = "阿拉尔果业, \"直销\"";

type Product = { id: string; name: string; category: string; cooperative: string; grams: number; parts?: SoldPart[]; presale?: boolean };

const PRODUCTS: Product[] = [
  { id: "prod_junzao_5kg", name: "骏枣 特级 5kg", category: "红枣", cooperative: "十二团合作社", grams: 5000 },
  { id: "prod_huizao_2_5kg", name: "灰枣 2.5kg", category: "红枣", cooperative: "十团合作社", grams: 2500 },
  { id: "prod_apple_10kg", name: "阿克苏冰糖心苹果 10kg", category: "苹果", cooperative: "托喀依乡合作社", grams: 10000 },
  { id: "prod_pear_5kg", name: "库尔勒香梨 5kg", category: "香梨", cooperative: "十团合作社", grams: 5000 },
  { id: "prod_walnut_1kg", name: "纸皮核桃 1kg", category: "坚果", cooperative: "十二团合作社", grams: 1000 },
  { id: "prod_almond_500g", name: "巴旦木 500g", category: "坚果", cooperative: "托喀依乡合作社", grams: 500 },
  { id: "prod_raisin_250g", name: "葡萄干 250g", category: "干果", cooperative: "阿拉尔果业, \"直销\"", grams: 250 },
  { id: "prod_fig_odd", name: "无花果干 1.234kg", category: "干果", cooperative: "阿拉尔果业, \"直销\"", grams: 1234 },
  { id: "prod_gift_box", name: "年货礼盒", category: "礼盒", cooperative: TWELFTH, grams: 7777 },
  {
    id: "prod_kit_box", name: "台阿年货礼盒 (kit)", category: "礼盒", cooperative: TWELFTH, grams: 7734,
    parts: [
      { net_weight_g: 2500, quantity: 1, category: "红枣", cooperative: "十团合作社" },
      { net_weight_g: 2000, quantity: 2, category: "坚果", cooperative: TWELFTH },
      { net_weight_g: 1234, quantity: 1, category: "干果", cooperative: FRUIT },
      { net_weight_g: 2000, quantity: 4, category: "坚果", cooperative: "托喀依乡合作社" },
    ],
  },
  {
    id: "prod_apple_kit", name: "冰糖心苹果礼盒 (kit)", category: "礼盒", cooperative: "托喀依乡合作社", grams: 10000,
    parts: [{ net_weight_g: 10000, quantity: 2, category: "苹果", cooperative: "托喀依乡合作社" }],
  },
  { id: "prod_apple_2027", name: "2027 新季冰糖心苹果 5kg", category: "苹果", cooperative: "托喀依乡合作社", grams: 5000, presale: true },
  { id: "prod_not_in_festival", name: "Korla pear sample", category: "香梨", cooperative: "十团合作社", grams: 300 },
];

/** Product ids of the generated festival (all but one). */
export const FESTIVAL_PRODUCT_IDS = PRODUCTS.filter((p) => p.id !== "prod_not_in_festival").map((p) => p.id);

/**
 * Random orders around the festival window: cancellations, partial and full returns, odd amounts,
 * a second currency, and many orders within seconds of midnight Beijing time (16:00 UTC).
 */
export function generateLines(orderCount: number, seed = 20250120): SoldLine[] {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const start = Date.parse(FESTIVAL.from) - 86_400_000;
  const span = 12 * 86_400_000;
  const lines: SoldLine[] = [];
  for (let order = 0; order < orderCount; order++) {
    let placed = start + Math.floor(next() * span);
    if (next() < 0.3) {
      // Snap to a Beijing midnight ± 3 s.
      placed = placed - (((placed - Date.parse(FESTIVAL.from)) % 86_400_000) + 86_400_000) % 86_400_000;
      placed += Math.floor(next() * 7 - 3) * 1000;
    }
    const canceled = next() < 0.08;
    const currency = next() < 0.05 ? "usd" : "cny";
    const lineCount = 1 + Math.floor(next() * 4);
    for (let index = 0; index < lineCount; index++) {
      const product = pick(PRODUCTS);
      const quantity = next() < 0.01 ? 0 : 1 + Math.floor(next() * 6);
      const returned = quantity > 0 && next() < 0.15 ? 1 + Math.floor(next() * quantity) : 0;
      lines.push({
        order_id: `order_${seed}_${order}`,
        placed_at: new Date(placed).toISOString(),
        quantity,
        returned_quantity: returned,
        canceled,
        net_weight_g: product.grams,
        amount: quantity * (999 + Math.floor(next() * 20000)) + Math.floor(next() * 3),
        currency,
        product: product.name,
        category: product.category,
        cooperative: product.cooperative,
        product_id: product.id,
        ...(product.parts && { parts: product.parts }),
        ...(product.presale && { presale: true }),
      });
    }
  }
  return lines;
}
