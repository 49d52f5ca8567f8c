import { Container, Heading, Text, clx } from "@medusajs/ui"
import type { BreakdownRow, Festival } from "../lib/festivals.js"
import { formatCny, formatCount, formatTonnes } from "../lib/format.js"
import { dayIn } from "../lib/zoned-time.js"
import { CsvButton } from "./csv-button.js"

const CHART_HEIGHT_PX = 180

/** Tonnes sold per calendar day of the festival (in its time zone) as plain bars; today stands out. */
export function DayChart({ festival, days }: { festival: Festival; days: BreakdownRow[] }) {
  const max = Math.max(1, ...days.map((d) => d.grams))
  const today = dayIn(new Date(), festival.timezone)
  const labelEvery = Math.ceil(days.length / 12)
  const showValues = days.length <= 21
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h2">每日吨数 Tonnes per day</Heading>
          <Text size="small" className="text-ui-fg-subtle">Calendar days in {festival.timezone}</Text>
        </div>
        <CsvButton festival={festival} by="day" />
      </div>
      <div className="overflow-x-auto px-6 pb-4 pt-6">
        <div className="flex min-w-full items-end gap-x-1" style={{ height: CHART_HEIGHT_PX + 20 }} role="img" aria-label="Tonnes per day">
          {days.map((day) => {
            const height = day.grams ? Math.max(2, Math.round((day.grams / max) * CHART_HEIGHT_PX)) : 0
            return (
              <div
                key={day.key}
                className="flex min-w-[18px] flex-1 flex-col items-center justify-end gap-y-1"
                title={`${day.key}: ${day.tonnes} t · ${formatCount(day.orders)} orders · ${formatCny(day.amounts.CNY)}`}
              >
                {showValues && day.grams > 0 && (
                  <span className="text-ui-fg-subtle txt-compact-xsmall tabular-nums">{Number(day.tonnes).toFixed(2)}</span>
                )}
                <div
                  className={clx(
                    "w-full rounded-t-sm transition-[height] duration-700",
                    day.key === today ? "bg-ui-tag-green-icon" : day.key > today ? "bg-ui-bg-switch-off" : "bg-ui-tag-blue-icon"
                  )}
                  style={{ height }}
                />
              </div>
            )
          })}
        </div>
        <div className="border-ui-border-base flex min-w-full gap-x-1 border-t pt-1">
          {days.map((day, index) => (
            <span
              key={day.key}
              className={clx(
                "txt-compact-xsmall min-w-[18px] flex-1 text-center tabular-nums",
                day.key === today ? "text-ui-fg-base font-medium" : "text-ui-fg-muted"
              )}
            >
              {index % labelEvery === 0 || day.key === today ? day.key.slice(5) : ""}
            </span>
          ))}
        </div>
        <Text size="xsmall" className="text-ui-fg-muted mt-2">
          {days.some((d) => d.grams > 0) ? `Highest day ${formatTonnes(max / 1_000_000)}` : "No sales yet"} · green is today · hover a bar
          for its figures
        </Text>
      </div>
    </Container>
  )
}
