"use client"

import { useEffect, useSyncExternalStore } from "react"
import { usePathname } from "next/navigation"

/** Same name as CART_COUNT_COOKIE in lib/medusa/session.ts (a server-only module). */
const COOKIE = "_tarim_cart_n"
const CHANGED = "tarim:cart-changed"

function readCount(): number {
  const match = document.cookie.match(new RegExp(`(?:^|; )${COOKIE}=(\\d+)`))
  return match ? Number(match[1]) : 0
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener(CHANGED, onChange)
  document.addEventListener("visibilitychange", onChange)
  return () => {
    window.removeEventListener(CHANGED, onChange)
    document.removeEventListener("visibilitychange", onChange)
  }
}

/** Tells the header's count that a cart action changed the cart (its answer has set the cookie). */
export function useAnnounceCartChange(changed: unknown): void {
  useEffect(() => {
    if (changed) window.dispatchEvent(new Event(CHANGED))
  }, [changed])
}

/**
 * The header's cart count, read in the browser from a cookie the cart actions keep up to date: the header is part of
 * cached HTML shared by every visitor, so it holds no one's cart. Read again after a cart action, on every page change
 * and when the tab comes back (another tab may have changed the cart). `one` and `other` are the label's plural forms
 * with a `{count}` placeholder.
 */
export function CartCount({ locale, cart, one, other }: { locale: string; cart: string; one: string; other: string }) {
  usePathname()
  const count = useSyncExternalStore(subscribe, readCount, () => null)
  const label = count === null ? cart : (new Intl.PluralRules(locale).select(count) === "one" ? one : other).replace("{count}", String(count))
  return (
    <>
      <span className="sr-only">{label}</span>
      <span
        aria-hidden="true"
        data-testid="cart-count"
        className="min-w-5 rounded-full bg-gold px-1 text-center text-xs leading-5 font-bold text-white"
      >
        {count ?? ""}
      </span>
    </>
  )
}
