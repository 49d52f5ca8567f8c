const cny = new Intl.NumberFormat("zh-CN", { style: "currency", currency: "CNY" })
const count = new Intl.NumberFormat("zh-CN")
const tonnes = new Intl.NumberFormat("zh-CN", { minimumFractionDigits: 3, maximumFractionDigits: 3 })
const target = new Intl.NumberFormat("zh-CN", { maximumFractionDigits: 3 })

/** Fen (minor units) as yuan: 123450 → "¥1,234.50". */
export function formatCny(fen: number | undefined): string {
  return cny.format((fen ?? 0) / 100)
}

/** A whole count with separators: 12345 → "12,345". */
export function formatCount(value: number): string {
  return count.format(value)
}

/** Tonnes as the report gives them ("1234.500") with separators and unit: "1,234.500 t". */
export function formatTonnes(value: string | number | null | undefined): string {
  return `${tonnes.format(Number(value ?? 0))} t`
}

/** A kilogram target in tonnes, without trailing zeros: 50000 → "50 t", 1250 → "1.25 t". */
export function formatTargetKg(kg: number): string {
  return `${target.format(kg / 1000)} t`
}
