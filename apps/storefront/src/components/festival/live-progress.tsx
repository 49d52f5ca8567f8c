"use client"

import { useEffect, useState } from "react"
import type { ProgressView } from "./progress-view"

/** How often an open page asks for the festival's sales. */
const POLL_MS = 15_000

/**
 * The festival's progress bar, on a dark (jujube) background. It starts from the figures in the cached page, asks
 * `src` (this app's GET /api/festivals/:handle/progress) at once and then every 15 s while the tab is visible, so
 * orders move the bar without re-rendering the page around it.
 */
export function LiveProgress({ initial, src }: { initial: ProgressView; src: string }) {
  const [view, setView] = useState(initial)
  useEffect(() => {
    let stopped = false
    const poll = async () => {
      if (document.visibilityState !== "visible") return
      try {
        const res = await fetch(src, { cache: "no-store" })
        if (res.ok && !stopped) setView((await res.json()) as ProgressView)
      } catch {
        // Offline or the server is busy: keep the last figures until the next poll.
      }
    }
    void poll()
    const timer = setInterval(poll, POLL_MS)
    document.addEventListener("visibilitychange", poll)
    return () => {
      stopped = true
      clearInterval(timer)
      document.removeEventListener("visibilitychange", poll)
    }
  }, [src])
  return (
    <div className="max-w-xl space-y-1" data-testid="festival-progress">
      <div
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(view.percent)}
        aria-label={view.label}
        className="h-3 overflow-hidden rounded-full bg-white/25"
      >
        <div className="h-full rounded-full bg-gold" style={{ width: view.percent > 0 ? `max(0.5rem, ${view.percent}%)` : 0 }} />
      </div>
      <p className="text-sm">{view.label}</p>
      <p className="text-xs text-white/80">{view.detail}</p>
    </div>
  )
}
