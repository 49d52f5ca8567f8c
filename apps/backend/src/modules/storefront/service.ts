import type { Logger } from "@medusajs/framework/types"

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

  /** POSTs the stale tags to the storefront; a storefront that is down only earns a warning. */
  async revalidate(tags: string[], reason: string): Promise<void> {
    if (!this.isConfigured() || !tags.length) return
    const url = `${this.options.url!.replace(/\/$/, "")}/api/revalidate`
    try {
      const res = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", "x-revalidate-secret": this.options.revalidateSecret! },
        body: JSON.stringify({ tags }),
        signal: AbortSignal.timeout(5000),
      })
      if (!res.ok) this.logger.warn(`Storefront revalidation for ${reason} answered ${res.status} (${url})`)
    } catch (error) {
      this.logger.warn(`Storefront revalidation for ${reason} failed (${url}): ${(error as Error).message}`)
    }
  }
}
