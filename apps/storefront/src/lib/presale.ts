/** A pre-sale's ship-from day ("2027-10-20", a calendar date in China) as a Date: midnight UTC, formatted in UTC. */
export function shipDay(date: string): Date {
  return new Date(`${date}T00:00:00Z`)
}

const SHIP_DAY_FORMAT = { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" } as const

type Translate = (key: "badge" | "ships", values?: { date: string }) => string
type Formatter = { dateTime: (value: Date, options: typeof SHIP_DAY_FORMAT) => string }

/**
 * The texts of a pre-sale badge: 预售 and "2027年10月20日起发货", from the `presale` messages and next-intl's date
 * formatter (server or client).
 */
export function presaleBadge(t: Translate, format: Formatter, date: string): { label: string; ships: string } {
  return { label: t("badge"), ships: t("ships", { date: format.dateTime(shipDay(date), SHIP_DAY_FORMAT) }) }
}
