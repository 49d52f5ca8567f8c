import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** The loose variant a gift box's part is sold as on its own. */
export type LooseVariant = {
  id: string
  sku: string
  title: string
  weight: number | null
  product_id: string
  product_title: string
}

/** One part of a gift box: the inventory item's SKU, how many one box takes, and the variant selling it loose. */
export type BoxPart = { sku: string; quantity: number; loose: LooseVariant }

type VariantItems = {
  id: string
  sku?: string | null
  inventory_items?: Array<{ required_quantity?: unknown; inventory?: { sku?: string | null } | null } | null> | null
}

/** A variant's inventory items by SKU: Query returns a kit's links in no fixed order, and parts' fen shares follow it. */
const itemsOf = (variant: VariantItems) =>
  (variant.inventory_items ?? [])
    .flatMap((i) => (i ? [{ sku: i.inventory?.sku ?? "", quantity: Number(i.required_quantity ?? 1) }] : []))
    .sort((a, b) => a.sku.localeCompare(b.sku))

/**
 * Which of these variants are gift boxes (Medusa inventory kits), with their parts. Medusa gives every variant that
 * manages inventory an item of its own under the variant's SKU; a box built from parts in the admin draws on other
 * variants' items instead: several, or one taken more than once, or one that another variant sells loose. A box is
 * counted as its parts only when every part is sold loose (that variant gives the part its grams, product and co-op);
 * other variants, boxes of parts sold nowhere else included, are absent from the answer and count as themselves.
 */
export async function giftBoxParts(container: MedusaContainer, variantIds: string[]): Promise<Map<string, BoxPart[]>> {
  const boxes = new Map<string, BoxPart[]>()
  if (!variantIds.length) return boxes
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = (await query.graph({
    entity: "variant",
    fields: ["id", "sku", "inventory_items.required_quantity", "inventory_items.inventory.sku"],
    filters: { id: variantIds },
  })) as { data: VariantItems[] }
  const skus = [...new Set(variants.flatMap((v) => itemsOf(v).map((item) => item.sku)).filter(Boolean))]
  const { data: sellers } = skus.length
    ? await query.graph({ entity: "variant", fields: ["id", "sku", "title", "weight", "product_id", "product.title"], filters: { sku: skus } })
    : { data: [] as any[] }
  const looseBySku = new Map<string, LooseVariant>()
  for (const v of sellers as any[]) {
    looseBySku.set(v.sku, { id: v.id, sku: v.sku, title: v.title, weight: v.weight ?? null, product_id: v.product_id, product_title: v.product?.title ?? "" })
  }
  for (const variant of variants) {
    const items = itemsOf(variant)
    if (!items.length) continue
    const [only] = items
    const ownSeller = looseBySku.get(only.sku)
    const single = items.length === 1 && only.quantity === 1
    if (single && (only.sku === variant.sku || !ownSeller || ownSeller.id === variant.id)) continue
    if (!items.every((item) => looseBySku.has(item.sku))) continue
    boxes.set(variant.id, items.map(({ sku, quantity }) => ({ sku, quantity, loose: looseBySku.get(sku)! })))
  }
  return boxes
}
