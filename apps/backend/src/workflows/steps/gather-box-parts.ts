import type { IInventoryService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type GatherBoxPartsInput = { location_id: string; items: { id: string; quantity: number }[] }

/** One part's reservation moved between warehouses, with its units of stock. */
type Move = { reservation_id: string; line_item_id: string; inventory_item_id: string; quantity: number; from: string; to: string }

/**
 * A gift box (a Medusa inventory kit) is packed and shipped by the co-op that sells it, while each part was reserved
 * at its own co-op's warehouse when the order was placed. Medusa fulfils a line from one warehouse, so before it
 * does, the parts reserved elsewhere are brought to the packing warehouse: their reserved units leave their own
 * co-op's stock and arrive at the packer's, and the reservation moves with them. Available stock is the same
 * everywhere before and after; Medusa's fulfilment then takes the parts off the packer's shelf. Runs under the same
 * locks as checkout's reservations. Compensation moves everything back.
 */
export const gatherBoxPartsStep = createStep(
  "gather-box-parts",
  async (input: GatherBoxPartsInput, { container }) => {
    const inventory = container.resolve(Modules.INVENTORY)
    const reservations = await inventory.listReservationItems({ line_item_id: input.items.map((item) => item.id) })
    const moves: Move[] = reservations
      .filter((r) => r.location_id !== input.location_id && Number(r.quantity) > 0)
      .map((r) => ({
        reservation_id: r.id,
        line_item_id: r.line_item_id as string,
        inventory_item_id: r.inventory_item_id,
        quantity: Number(r.quantity),
        from: r.location_id,
        to: input.location_id,
      }))
    if (!moves.length) return new StepResponse([], [] as Move[])
    const itemIds = [...new Set(moves.map((m) => m.inventory_item_id))]
    const done = await container.resolve(Modules.LOCKING).execute(itemIds, async () => {
      const levels = await inventory.listInventoryLevels({ inventory_item_id: itemIds, location_id: input.location_id })
      const missing = itemIds.filter((id) => !levels.some((level) => level.inventory_item_id === id))
      if (missing.length) {
        await inventory.createInventoryLevels(missing.map((id) => ({ inventory_item_id: id, location_id: input.location_id, stocked_quantity: 0 })))
      }
      return moveParts(inventory, moves)
    })
    return new StepResponse(done, done.map((m) => ({ ...m, from: m.to, to: m.from })))
  },
  async (moves, { container }) => {
    if (!moves?.length) return
    const keys = [...new Set(moves.map((m) => m.inventory_item_id))]
    await container.resolve(Modules.LOCKING).execute(keys, () => moveParts(container.resolve(Modules.INVENTORY), moves))
  }
)

/**
 * Moves each reservation and its units of stock from `from` to `to`; resolves with the moves under the new
 * reservations' ids. The reservation is made anew rather than updated: Medusa 2.21's `updateReservationItems` adds
 * the reserved units at the new warehouse but never takes them off the old one.
 */
async function moveParts(inventory: IInventoryService, moves: Move[]): Promise<Move[]> {
  const done: Move[] = []
  for (const move of moves) {
    await inventory.adjustInventory(move.inventory_item_id, move.to, move.quantity)
    const [reservation] = await inventory.createReservationItems([
      { line_item_id: move.line_item_id, inventory_item_id: move.inventory_item_id, location_id: move.to, quantity: move.quantity },
    ])
    await inventory.deleteReservationItems([move.reservation_id])
    await inventory.adjustInventory(move.inventory_item_id, move.from, -move.quantity)
    done.push({ ...move, reservation_id: reservation.id })
  }
  return done
}
