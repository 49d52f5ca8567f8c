import { defineConfig, loadEnv, Modules } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

/**
 * The one place the backend reads its environment. Everything has an embedded
 * default so `npm run dev` works on a bare machine; real services switch on by
 * variable (see .env.template).
 */
const env = process.env
const isProduction = env.NODE_ENV === "production"

const DEV_SECRET = "tarim-dev-secret-change-me"
const EMBEDDED_PG_PORT = env.EMBEDDED_PG_PORT || "54320"

/** Production must not run on the secrets every clone of this repo shares. */
function secret(name: "JWT_SECRET" | "COOKIE_SECRET"): string {
  const value = env[name]
  if (isProduction && (!value || value === DEV_SECRET || value === "supersecret")) {
    throw new Error(
      `${name} is unset or is the development default; set ${name} to a long random string before starting in production`
    )
  }
  return value || DEV_SECRET
}

const backendUrl = env.MEDUSA_BACKEND_URL || `http://localhost:${env.PORT || 9000}`
const storeCors = env.STORE_CORS || "http://localhost:8000"
const adminCors = env.ADMIN_CORS || `http://localhost:5173,http://localhost:9000,${backendUrl}`
const authCors = env.AUTH_CORS || `${storeCors},${adminCors}`

const redisUrl = env.REDIS_URL
// Automatic payment methods let the Payment Element offer Alipay / WeChat Pay where the Stripe account enables
// them; those need immediate capture.
const stripe = env.STRIPE_API_KEY
  ? {
      apiKey: env.STRIPE_API_KEY,
      webhookSecret: env.STRIPE_WEBHOOK_SECRET,
      capture: true,
      automaticPaymentMethods: true,
      apiBase: env.STRIPE_API_BASE,
    }
  : undefined

if (stripe && !stripe.webhookSecret) {
  throw new Error("STRIPE_API_KEY is set but STRIPE_WEBHOOK_SECRET is not; set both to enable Stripe payments")
}

const redisModules = redisUrl
  ? [
      { key: Modules.EVENT_BUS, resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl } },
      {
        key: Modules.WORKFLOW_ENGINE,
        resolve: "@medusajs/medusa/workflow-engine-redis",
        options: { redis: { redisUrl } },
      },
    ]
  : []

/**
 * Locking Module. Several server processes (REDIS_URL): Postgres advisory locks rather than Redis leases: a server
 * killed while holding an item's reservation lock frees it with its connection at once, where a Redis lease would
 * block that item for a minute; Medusa's provider, with a call's keys taken in one fixed order
 * (src/modules/locking-postgres-sorted). (Its `acquire` lets two owner-less callers through when they insert the same key at
 * once; cart completion does not depend on it, the checkout gate's ticket keeps one completion per cart across
 * servers.) One process: all keys of a call at once (src/modules/locking-all-at-once), because Medusa's in-memory
 * provider deadlocks two carts holding the same items in opposite line order, for good.
 */
const lockingModule = {
  key: Modules.LOCKING,
  resolve: "@medusajs/medusa/locking",
  options: {
    providers: [
      redisUrl
        ? { resolve: "./src/modules/locking-postgres-sorted", id: "locking-postgres", is_default: true }
        : { resolve: "./src/modules/locking-all-at-once", id: "all-at-once", is_default: true },
    ],
  },
}

/**
 * Caching Module, on in every environment: Medusa caches what it marks cacheable (the publishable-key lookup that
 * every store request makes, …) and drops entries through events. Redis when REDIS_URL is set, so every server
 * process shares one cache; otherwise each process keeps its own in memory.
 */
const cachingModule = {
  key: Modules.CACHING,
  resolve: "@medusajs/medusa/caching",
  options: redisUrl
    ? { providers: [{ resolve: "@medusajs/caching-redis", id: "caching-redis", is_default: true, options: { redisUrl } }] }
    : { in_memory: { enable: true } },
}

const paymentModules = stripe
  ? [
      {
        key: Modules.PAYMENT,
        resolve: "@medusajs/medusa/payment",
        options: {
          providers: [{ resolve: "./src/modules/stripe-payments", id: "stripe", options: stripe }],
        },
      },
    ]
  : []

/**
 * Notification Module: invitations to the co-op portal and "your parcel has shipped" messages. The local provider
 * writes each message to the log; SENDGRID_API_KEY (+ SENDGRID_FROM) sends them as email instead. Every message is
 * also kept as a notification row, whichever provider sends it.
 */
const sendgrid = env.SENDGRID_API_KEY ? { api_key: env.SENDGRID_API_KEY, from: env.SENDGRID_FROM } : undefined
if (sendgrid && !sendgrid.from) {
  throw new Error("SENDGRID_API_KEY is set but SENDGRID_FROM is not; set the sender address to send email")
}
const notificationModule = {
  key: Modules.NOTIFICATION,
  resolve: "@medusajs/medusa/notification",
  options: {
    providers: [
      sendgrid
        ? { resolve: "@medusajs/medusa/notification-sendgrid", id: "sendgrid", options: { channels: ["email"], ...sendgrid } }
        : { resolve: "@medusajs/medusa/notification-local", id: "local", options: { channels: ["email"] } },
    ],
  },
}

/**
 * Search Module, registered explicitly for every environment. The default provider is `search-postgres`: Medusa's
 * Postgres full-text provider with our one-statement read path (src/modules/search-postgres). MEILISEARCH_HOST
 * (+ MEILISEARCH_API_KEY) adds the Meilisearch provider and makes it the default; Postgres stays registered so a
 * provider switch can drop the previous engine's indexes during `db:migrate`.
 */
const meilisearch = env.MEILISEARCH_HOST ? { host: env.MEILISEARCH_HOST, api_key: env.MEILISEARCH_API_KEY } : undefined
const searchModule = {
  key: Modules.SEARCH,
  resolve: "@medusajs/medusa/search",
  options: {
    providers: [
      { resolve: "./src/modules/search-postgres", id: "postgres", options: { engine: "native" } },
      ...(meilisearch ? [{ resolve: "./src/modules/meilisearch", id: "meilisearch", options: meilisearch }] : []),
    ],
    default_provider: meilisearch ? "meilisearch" : "search-postgres",
  },
}

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: env.DATABASE_URL || `postgres://postgres:postgres@localhost:${EMBEDDED_PG_PORT}/tarim`,
    databaseDriverOptions: {
      connection: { ssl: env.DATABASE_SSL === "true" ? { rejectUnauthorized: false } : false },
      // Medusa's default pool is 10 connections. A cart completion runs steps in parallel, each on a connection of its
      // own, and a rush with four completions in flight used all ten (8 busy, 2 waiting on reservation row locks). A
      // transaction that holds such a lock and waits for a free connection stalls every completion until the pool's
      // 60 s acquire timeout: seen once in the mixed-cart rush test. Headroom avoids it.
      pool: { max: Number(env.DATABASE_POOL_MAX || 24) },
    },
    redisUrl,
    // Medusa marks the admin's session cookie Secure in production, so over plain http (a production build tested on
    // localhost) the admin cannot stay logged in. COOKIE_SECURE=false lifts that for such a test; never in a deployment.
    cookieOptions: env.COOKIE_SECURE === "false" ? { secure: false } : undefined,
    workerMode: (env.MEDUSA_WORKER_MODE as "shared" | "worker" | "server") || "shared",
    http: {
      storeCors,
      adminCors,
      authCors,
      jwtSecret: secret("JWT_SECRET"),
      cookieSecret: secret("COOKIE_SECRET"),
      // Co-op members sign in with email and password only; their accounts come from invitations (src/api/coop).
      authMethodsPerActor: { coop_member: ["emailpass"] },
    },
  },
  admin: {
    disable: env.DISABLE_MEDUSA_ADMIN === "true",
    backendUrl,
  },
  featureFlags: { translation: true, caching: true },
  modules: [
    { resolve: "./src/modules/cooperative" },
    { resolve: "./src/modules/produce" },
    { resolve: "./src/modules/festival" },
    {
      resolve: "./src/modules/storefront",
      options: {
        url: env.STOREFRONT_URL,
        // Links in messages need the address shoppers use; STOREFRONT_URL may be an internal one (docker-compose).
        publicUrl: env.STOREFRONT_PUBLIC_URL || env.STOREFRONT_URL || "http://localhost:8000",
        revalidateSecret: env.REVALIDATE_SECRET,
      },
    },
    // The checkout gate in front of cart completion (src/modules/checkout-gate); claims in Redis across processes.
    {
      resolve: "./src/modules/checkout-gate",
      options: { redisUrl, inflightPerItem: env.CHECKOUT_INFLIGHT_PER_ITEM ? Number(env.CHECKOUT_INFLIGHT_PER_ITEM) : undefined },
    },
    { resolve: "@medusajs/medusa/translation" },
    {
      key: Modules.FILE,
      resolve: "@medusajs/medusa/file",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/file-local",
            id: "local",
            options: { backend_url: `${backendUrl}/static` },
          },
        ],
      },
    },
    ...redisModules,
    lockingModule,
    cachingModule,
    notificationModule,
    ...paymentModules,
    searchModule,
  ],
})
