import type { MedusaContainer } from "@medusajs/framework/types"
import type { SoldOutLine } from "@tarim/contracts"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import type { Need } from "../../../../../modules/checkout-gate/claims"
import type { Shortage } from "../../../../../modules/checkout-gate/service"

/** A cart line that takes managed stock: which inventory items, how many of each per box. */
type StockLine = { lineId: string; variantId: string; title: string; quantity: number; parts: Array<{ inventoryItemId: string; perBox: number }> }

/** What the checkout gate needs to know about a cart. */
export type CartStock = {
  /** The cart already became an order: Medusa answers with it, no stock is taken again. */
  completed: boolean
  /** Units per inventory item over all lines (two lines sharing an item add up: medusa#16502). */
  needs: Need[]
  lines: StockLine[]
  /** The warehouses of the cart's sales channel, where its stock is counted. */
  locationIds: string[]
  metadata: Record<string, unknown> | null
}

const CART_FIELDS = ["id", "completed_at", "metadata", "sales_channel_id", "items.id", "items.quantity", "items.variant_id", "items.product_title", "items.variant_title"]
const VARIANT_FIELDS = ["id", "manage_inventory", "allow_backorder", "inventory_items.inventory_item_id", "inventory_items.required_quantity"]
/**
 * How variants draw on inventory items, and which warehouses a sales channel sells from, change rarely and are asked
 * for by every buyer of a rush: they come from Medusa's Caching Module (dropped on entity events; the link rows
 * behind them are not watched, so a kit's recipe or a channel's warehouses are at most this many seconds old here.
 * Medusa's completion reads them afresh and reserves by its own reading).
 */
const CACHED = { cache: { enable: true, ttl: 30 } }

/** Reads the cart's lines and the stock they take, the way Medusa's completion will reserve it. */
export async function readCartStock(scope: MedusaContainer, cartId: string): Promise<CartStock> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [cart],
  } = await query.graph({ entity: "cart", fields: CART_FIELDS, filters: { id: cartId } })
  if (!cart) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart id not found: ${cartId}`)
  const items = (cart.items ?? []).filter((item: any) => item?.variant_id)
  const variantIds = [...new Set(items.map((item: any) => item.variant_id as string))]
  const [{ data: variants }, { data: channels }] = await Promise.all([
    variantIds.length
      ? query.graph({ entity: "variant", fields: VARIANT_FIELDS, filters: { id: variantIds } }, CACHED)
      : Promise.resolve({ data: [] as any[] }),
    cart.sales_channel_id
      ? query.graph({ entity: "sales_channel", fields: ["id", "stock_locations.id"], filters: { id: cart.sales_channel_id } }, CACHED)
      : Promise.resolve({ data: [] as any[] }),
  ])
  const variantById = new Map(variants.map((v: any) => [v.id, v]))
  const lines: StockLine[] = items.flatMap((item: any) => {
    const variant: any = variantById.get(item.variant_id)
    if (!variant?.manage_inventory || variant.allow_backorder) return []
    return [{
      lineId: item.id,
      variantId: item.variant_id,
      title: [item.product_title, item.variant_title].filter(Boolean).join(" · "),
      quantity: Number(item.quantity),
      parts: (variant.inventory_items ?? []).map((link: any) => ({
        inventoryItemId: link.inventory_item_id,
        perBox: Number(link.required_quantity ?? 1),
      })),
    }]
  })
  const units = new Map<string, number>()
  for (const line of lines) {
    for (const part of line.parts) units.set(part.inventoryItemId, (units.get(part.inventoryItemId) ?? 0) + line.quantity * part.perBox)
  }
  return {
    completed: Boolean(cart.completed_at),
    needs: [...units].map(([inventoryItemId, quantity]) => ({ inventoryItemId, quantity })),
    lines,
    locationIds: ((channels[0] as any)?.stock_locations ?? []).map((l: any) => l.id),
    metadata: (cart.metadata as Record<string, unknown> | null) ?? null,
  }
}

/** Units available (stocked − reserved) per inventory item over the given warehouses, read from Postgres now. */
export async function readAvailable(scope: MedusaContainer, itemIds: string[], locationIds: string[]): Promise<Map<string, number>> {
  const available = new Map(itemIds.map((id) => [id, 0]))
  if (!locationIds.length) return available
  const levels = await scope.resolve(Modules.INVENTORY).listInventoryLevels(
    { inventory_item_id: itemIds, location_id: locationIds },
    { select: ["inventory_item_id", "stocked_quantity", "reserved_quantity"] }
  )
  for (const level of levels) {
    const left = Number(level.stocked_quantity) - Number(level.reserved_quantity)
    available.set(level.inventory_item_id, (available.get(level.inventory_item_id) ?? 0) + left)
  }
  return available
}

/** The sold-out answer's detail: each short line with what is left of it, as a shopper would count boxes. */
export function soldOutLines(stock: CartStock, short: Shortage[]): SoldOutLine[] {
  const left = new Map(short.map((s) => [s.inventoryItemId, Math.max(0, s.left)]))
  return stock.lines
    .filter((line) => line.parts.some((p) => left.has(p.inventoryItemId)))
    .map((line) => ({
      line_id: line.lineId,
      variant_id: line.variantId,
      title: line.title,
      requested: line.quantity,
      // Boxes of this line that the short items could still cover on their own.
      available: Math.min(...line.parts.filter((p) => left.has(p.inventoryItemId)).map((p) => Math.floor(left.get(p.inventoryItemId)! / p.perBox))),
    }))
}

/** Carts whose items are short right now (Medusa refused the cart for stock, or the gate found it short). */
export async function shortages(scope: MedusaContainer, stock: CartStock): Promise<Shortage[]> {
  const available = await readAvailable(scope, stock.needs.map((n) => n.inventoryItemId), stock.locationIds)
  return stock.needs
    .filter((n) => (available.get(n.inventoryItemId) ?? 0) < n.quantity)
    .map((n) => ({ inventoryItemId: n.inventoryItemId, left: available.get(n.inventoryItemId) ?? 0 }))
}
