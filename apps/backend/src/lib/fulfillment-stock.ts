import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

type Line = { id: string; quantity: number }

/**
 * Medusa fulfils a line from one warehouse and deducts every inventory item of its variant there. A gift box (a kit)
 * whose parts are not all stocked at that warehouse made Medusa answer 404 part-way, after it had already taken
 * the first part off the stocked quantity, and nothing gave it back. Checked before the admin's fulfilment: a 400
 * naming each line and part that warehouse has no stock level for. (The co-op portal's shipping workflow brings the
 * parts to the packing warehouse instead: src/workflows/steps/gather-box-parts.ts.)
 */
export async function assertPartsStockedAt(container: MedusaContainer, orderId: string, lines: Line[], locationId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [order] } = await query.graph({
    entity: "order",
    fields: ["id", "items.id", "items.title", "items.variant.manage_inventory", "items.variant.inventory_items.inventory_item_id", "items.variant.inventory_items.inventory.sku"],
    filters: { id: orderId },
  })
  if (!order) return // Medusa answers an unknown order itself.
  const wanted = new Set(lines.map((line) => line.id))
  const parts = (order.items ?? [])
    .filter((item) => item && wanted.has(item.id) && item.variant?.manage_inventory)
    .flatMap((item) => (item!.variant!.inventory_items ?? []).map((part) => ({ line: item!, part: part! })))
  if (!parts.length) return

  const { data: levels } = await query.graph({
    entity: "inventory_level",
    fields: ["inventory_item_id"],
    filters: { inventory_item_id: [...new Set(parts.map(({ part }) => part.inventory_item_id))], location_id: locationId },
  })
  const stocked = new Set(levels.map((level) => level.inventory_item_id))
  const missing = parts.filter(({ part }) => !stocked.has(part.inventory_item_id))
  if (!missing.length) return
  throw new MedusaError(
    MedusaError.Types.INVALID_DATA,
    `Warehouse ${locationId} holds no stock of ${missing
      .map(({ line, part }) => `${part.inventory?.sku ?? part.inventory_item_id} (in line ${line.id}, ${line.title})`)
      .join("; ")}; ship a gift box from its co-op's portal, which brings the parts to its warehouse first`
  )
}
