import type { CoopShipmentStatus } from "@tarim/contracts"

/** 待发货 / 已发货 / 已签收 of a fulfilment, from Medusa's shipped and delivered times. */
export function shipmentStatus(f: { shipped_at?: unknown; delivered_at?: unknown }): CoopShipmentStatus {
  return f.delivered_at ? "delivered" : f.shipped_at ? "shipped" : "waiting"
}
