"use client"

import { useEffect, useState } from "react"

type Labels = { days: string; hours: string; minutes: string; seconds: string }

/** Splits the milliseconds left until `target` into days, hours, minutes and seconds (never negative). */
export function remaining(target: number, now: number) {
  const s = Math.max(0, Math.floor((target - now) / 1000))
  return { days: Math.floor(s / 86400), hours: Math.floor((s % 86400) / 3600), minutes: Math.floor((s % 3600) / 60), seconds: s % 60 }
}

/**
 * Ticks every second. Server and first client render both count from `renderedAt` (when the page was rendered), so
 * the first paint shows real figures and hydration agrees; then it counts from the browser's clock.
 */
export function Countdown({ target, renderedAt, label, labels }: { target: string; renderedAt: number; label: string; labels: Labels }) {
  const [now, setNow] = useState(renderedAt)
  useEffect(() => {
    setNow(Date.now())
    const timer = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(timer)
  }, [])
  const left = remaining(Date.parse(target), now)
  const cell = (value: number, unit: string) => (
    <span className="inline-flex min-w-12 flex-col items-center rounded-lg bg-white/15 px-2 py-1">
      <span className="text-xl font-bold tabular-nums">{String(value).padStart(2, "0")}</span>
      <span className="text-xs">{unit}</span>
    </span>
  )
  return (
    <div role="timer" aria-label={label} className="flex items-center gap-2" data-testid="festival-countdown">
      <span className="mr-1 text-sm font-medium">{label}</span>
      {cell(left.days, labels.days)}
      {cell(left.hours, labels.hours)}
      {cell(left.minutes, labels.minutes)}
      {cell(left.seconds, labels.seconds)}
    </div>
  )
}
