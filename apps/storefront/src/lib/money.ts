/** Grams in one 斤 (jin), the unit Chinese shoppers compare produce prices by. */
export const GRAMS_PER_JIN = 500

const formatters = new Map<string, Intl.NumberFormat>()

/**
 * Formats an amount in major units (Medusa 2 stores yuan, not fen): formatMoney(188, "cny", "zh-CN") → "¥188.00".
 */
export function formatMoney(amount: number, currencyCode = "cny", locale = "zh-CN"): string {
  const key = `${locale}|${currencyCode}`
  let formatter = formatters.get(key)
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, {
      style: "currency",
      currency: currencyCode.toUpperCase(),
      currencyDisplay: "narrowSymbol",
    })
    formatters.set(key, formatter)
  }
  return formatter.format(amount)
}

/** Price per 斤 (500 g) of a box costing `price` for `grams` net, rounded to the fen; null without a weight. */
export function pricePerJin(price: number, grams: number | null | undefined): number | null {
  if (!grams || grams <= 0) return null
  return Math.round((price * GRAMS_PER_JIN * 100) / grams) / 100
}

/** "2.5 kg", "500 g": how a net weight in grams reads. */
export function formatWeight(grams: number): string {
  return grams >= 1000 ? `${grams / 1000} kg` : `${grams} g`
}
