import { Container, Heading, Text, clx } from "@medusajs/ui"
import type { ReactNode } from "react"
import type { FestivalReport } from "../lib/festivals.js"
import { formatCny, formatCount, formatTargetKg, formatTonnes } from "../lib/format.js"

function Stat({ label, value, hint }: { label: string; value: ReactNode; hint?: string }) {
  return (
    <div className="flex flex-col gap-y-1">
      <Text size="small" className="text-ui-fg-subtle">{label}</Text>
      <Text className="text-ui-fg-base text-xl font-medium tabular-nums">{value}</Text>
      {hint && <Text size="xsmall" className="text-ui-fg-muted">{hint}</Text>}
    </div>
  )
}

/** Tonnes sold against the target: a big bar, then what is left, the days left and the daily pace needed. */
export function ProgressPanel({ report }: { report: FestivalReport }) {
  const { totals, progress } = report
  const percent = progress?.percent ?? 0
  return (
    <Container className="flex flex-col gap-y-5 px-6 py-5">
      <div className="flex items-end justify-between gap-x-4">
        <div className="flex flex-col gap-y-1">
          <Heading level="h2">进度 Progress</Heading>
          <div className="flex items-baseline gap-x-2">
            <span className="text-ui-fg-base text-4xl font-semibold tabular-nums" data-testid="tonnes-sold">
              {formatTonnes(totals.tonnes)}
            </span>
            {progress && <Text className="text-ui-fg-subtle">/ {formatTargetKg(Number(progress.target_tonnes) * 1000)} 目标 target</Text>}
          </div>
        </div>
        {progress && (
          <span
            className={clx("text-4xl font-semibold tabular-nums", progress.reached ? "text-ui-tag-green-text" : "text-ui-fg-base")}
            data-testid="percent"
          >
            {percent.toFixed(1)}%
          </span>
        )}
      </div>
      {progress && (
        <div
          className="bg-ui-bg-switch-off h-5 w-full overflow-hidden rounded-full"
          role="progressbar"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={Math.min(percent, 100)}
          aria-label="Tonnes sold of target"
        >
          <div
            className="bg-ui-tag-green-icon h-full rounded-full transition-[width] duration-700"
            style={{ width: `${Math.min(percent, 100)}%`, minWidth: totals.grams > 0 ? 8 : 0 }}
          />
        </div>
      )}
      <div className="grid grid-cols-3 gap-4">
        {progress ? (
          <>
            <Stat label="剩余 Left to sell" value={progress.reached ? "目标已达成 Reached" : formatTonnes(progress.left_tonnes)} />
            <Stat label="剩余天数 Days left" value={formatCount(progress.days_left)} hint="today included" />
            <Stat
              label="每日需 Pace needed"
              value={progress.pace_tonnes_per_day === null || progress.reached ? "–" : `${formatTonnes(progress.pace_tonnes_per_day)}/day`}
            />
          </>
        ) : (
          <Text size="small" className="text-ui-fg-muted col-span-3">No target set, so no progress to show.</Text>
        )}
      </div>
      <div className="grid grid-cols-2 gap-4 border-t pt-4 md:grid-cols-3 lg:grid-cols-6">
        <Stat label="已售 Tonnes sold" value={formatTonnes(totals.tonnes)} />
        <Stat label="现货 In stock" value={formatTonnes((totals.grams - totals.presale_grams) / 1e6)} />
        <Stat label="预售 Pre-sale" value={formatTonnes(totals.presale_tonnes)} />
        <Stat label="订单 Orders" value={formatCount(totals.orders)} />
        <Stat label="件数 Units" value={formatCount(totals.units)} />
        <Stat label="销售额 Sales" value={formatCny(totals.amounts.CNY)} />
      </div>
    </Container>
  )
}
