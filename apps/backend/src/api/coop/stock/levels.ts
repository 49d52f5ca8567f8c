import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { CoopStockLevel } from "@tarim/contracts"
import { LOW_STOCK_UNITS } from "../../../lib/stock-plan"
import type { CoopScope } from "../scope"

/** Stock of every inventory-managed variant of the co-op's products at the co-op's own warehouses, by product and SKU. */
export async function coopStockLevels(container: MedusaContainer, scope: CoopScope): Promise<CoopStockLevel[]> {
  if (!scope.product_ids.length || !scope.location_ids.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id", "title", "variants.title", "variants.sku", "variants.manage_inventory", "variants.inventory_items.inventory_item_id"],
    filters: { id: scope.product_ids },
  })
  const variantByItem = new Map<string, { product_id: string; product_title: string; variant_title: string; sku: string }>()
  for (const product of products) {
    for (const variant of product.variants ?? []) {
      const itemId = variant?.manage_inventory ? variant.inventory_items?.[0]?.inventory_item_id : undefined
      if (!itemId || !variant.sku) continue
      variantByItem.set(itemId, { product_id: product.id, product_title: product.title, variant_title: variant.title, sku: variant.sku })
    }
  }
  if (!variantByItem.size) return []
  const levels = await container
    .resolve(Modules.INVENTORY)
    .listInventoryLevels({ inventory_item_id: [...variantByItem.keys()], location_id: scope.location_ids })
  return levels
    .map((level) => {
      const stocked = Number(level.stocked_quantity)
      const reserved = Number(level.reserved_quantity)
      return {
        inventory_item_id: level.inventory_item_id,
        location_id: level.location_id,
        ...variantByItem.get(level.inventory_item_id)!,
        stocked_quantity: stocked,
        reserved_quantity: reserved,
        available_quantity: stocked - reserved,
        low: stocked - reserved <= LOW_STOCK_UNITS,
      }
    })
    .sort((a, b) => a.product_title.localeCompare(b.product_title, "zh-CN") || a.sku.localeCompare(b.sku))
}
