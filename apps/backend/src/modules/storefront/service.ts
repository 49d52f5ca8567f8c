import type { Logger } from "@medusajs/framework/types"
import { changedVariants, coalesce } from "../../lib/shown-stock"

/** How long a stock check waits for the rest of a burst (an order's reservations come together). */
const STOCK_CHECK_DELAY_MS = 250

export type StorefrontModuleOptions = {
  /** Public URL of the storefront, e.g. http://localhost:8000; revalidation is off when unset. */
  url?: string
  /** Where shoppers and co-op members open the storefront: the base of links in messages (invitations, orders). */
  publicUrl?: string
  /** Shared secret the storefront's POST /api/revalidate checks. */
  revalidateSecret?: string
}

/** Talks to the Next.js storefront: tells it which cached reads (tags) are stale. */
export default class StorefrontModuleService {
  protected readonly options: StorefrontModuleOptions
  protected readonly logger: Logger
  /** Each variant's shown stock as the storefront was last told (see `stockMoved`). */
  protected shown = new Map<string, string>()
  protected checkStock?: () => void

  constructor({ logger }: { logger: Logger }, options: StorefrontModuleOptions = {}) {
    this.logger = logger
    this.options = options
  }

  /** True when both the storefront URL and the shared secret are configured. */
  isConfigured(): boolean {
    return Boolean(this.options.url && this.options.revalidateSecret)
  }

  /** An absolute link to a storefront page, for messages that leave the shop (e.g. `/coop/invite/…`). */
  pageUrl(path: string): string {
    return `${(this.options.publicUrl || "http://localhost:8000").replace(/\/$/, "")}${path}`
  }

  /**
   * Stock moved (an order reserved some, a co-op restocked): after a short wait for the rest of the burst, `read`s
   * every variant's shown stock (lib/shown-stock.ts) and revalidates "products" only if some variant now shows
   * differently: orders that leave every page as it was re-render nothing. A failed revalidation is tried again on the
   * next movement.
   */
  stockMoved(read: () => Promise<Map<string, string>>): void {
    if (!this.isConfigured()) return
    this.checkStock ??= coalesce(async () => {
      try {
        const now = await read()
        const changed = changedVariants(this.shown, now)
        if (!changed.length) return
        if (await this.revalidate(["products"], `shown stock of ${changed.length} variant(s)`)) this.shown = now
      } catch (error) {
        this.logger.warn(`Checking shown stock for the storefront failed: ${(error as Error).message}`)
      }
    }, STOCK_CHECK_DELAY_MS)
    this.checkStock()
  }

  /** POSTs the stale tags to the storefront; a storefront that is down only earns a warning. True when it answered 2xx. */
  async revalidate(tags: string[], reason: string): Promise<boolean> {
    if (!this.isConfigured() || !tags.length) return false
    const url = `${this.options.url!.replace(/\/$/, "")}/api/revalidate`
    try {
      const res = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", "x-revalidate-secret": this.options.revalidateSecret! },
        body: JSON.stringify({ tags }),
        signal: AbortSignal.timeout(5000),
      })
      if (!res.ok) this.logger.warn(`Storefront revalidation for ${reason} answered ${res.status} (${url})`)
      return res.ok
    } catch (error) {
      this.logger.warn(`Storefront revalidation for ${reason} failed (${url}): ${(error as Error).message}`)
      return false
    }
  }
}
