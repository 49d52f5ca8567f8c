import { StatusBadge } from "@medusajs/ui"
import type { Festival } from "../lib/festivals.js"

const LOOK: Record<Festival["status"], { color: "green" | "blue" | "grey"; label: string }> = {
  live: { color: "green", label: "进行中 Live" },
  upcoming: { color: "blue", label: "即将开始 Upcoming" },
  ended: { color: "grey", label: "已结束 Ended" },
}

/** Where the festival's window stands, as a coloured badge. */
export function FestivalStatusBadge({ status }: { status: Festival["status"] }) {
  const { color, label } = LOOK[status]
  return <StatusBadge color={color} className="whitespace-nowrap">{label}</StatusBadge>
}
