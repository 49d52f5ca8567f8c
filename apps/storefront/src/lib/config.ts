import { existsSync, readFileSync } from "node:fs"
import path from "node:path"

/** Everything the storefront reads from its environment, resolved once. */
export type StorefrontConfig = {
  /** Medusa backend base URL, e.g. http://localhost:9000 */
  backendUrl: string
  /** Medusa publishable API key (pk_…) scoping the store API to the Tarim Market sales channel. */
  publishableKey: string
  /** Public URL of this storefront: canonical links, sitemap, robots. */
  siteUrl: string
  /** Stripe publishable key; when absent checkout offers pay on delivery only. */
  stripePublishableKey: string | null
  /** Shared secret the backend sends to POST /api/revalidate; revalidation is refused when unset. */
  revalidateSecret: string | null
}

type Env = Record<string, string | undefined>
type DevEnv = { backendUrl?: string | null; publishableKey?: string | null; revalidateSecret?: string | null }

/** Where `npm run dev` in apps/backend writes the backend URL and publishable key it created. */
export function devEnvFile(env: Env = process.env, cwd = process.cwd()): string {
  return env.MEDUSA_DEV_ENV_FILE || path.resolve(cwd, "../backend/.data/dev-env.json")
}

/** The dev-env.json at `file`, or null when it is missing or not JSON. */
export function readDevEnv(file: string): DevEnv | null {
  if (!existsSync(file)) return null
  try {
    return JSON.parse(readFileSync(file, "utf8")) as DevEnv
  } catch {
    return null
  }
}

/**
 * Resolves the configuration: environment variables first, then the backend's dev-env.json
 * (so `npm run dev` needs no manual step). Throws a message naming the missing variable.
 */
export function resolveConfig(env: Env, devEnv: DevEnv | null): StorefrontConfig {
  const backendUrl = env.MEDUSA_BACKEND_URL || devEnv?.backendUrl || ""
  const publishableKey =
    env.NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY || env.MEDUSA_PUBLISHABLE_KEY || devEnv?.publishableKey || ""
  if (!backendUrl) {
    throw new Error("MEDUSA_BACKEND_URL is not set and apps/backend/.data/dev-env.json was not found; start the backend or set it")
  }
  if (!publishableKey) {
    throw new Error("MEDUSA_PUBLISHABLE_KEY is not set and the backend's dev-env.json has no publishable key")
  }
  return {
    backendUrl: backendUrl.replace(/\/$/, ""),
    publishableKey,
    siteUrl: (env.STOREFRONT_URL || `http://localhost:${env.PORT || 8000}`).replace(/\/$/, ""),
    stripePublishableKey: env.NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY || null,
    revalidateSecret: env.REVALIDATE_SECRET || devEnv?.revalidateSecret || null,
  }
}

let cached: StorefrontConfig | undefined

/** The storefront's configuration (server only), read on first use rather than at build time. */
export function getConfig(): StorefrontConfig {
  cached ??= resolveConfig(process.env, readDevEnv(devEnvFile()))
  return cached
}
