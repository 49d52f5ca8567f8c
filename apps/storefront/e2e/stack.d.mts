/** The throwaway backend's admin user (apps/backend/bin/production-backend.mjs). */
export declare const TEST_ADMIN: { email: string; password: string }
export declare const DIST_DIR: string
export declare function startStack(): Promise<{
  backendUrl: string
  storefrontUrl: string
  publishableKey: string
  revalidateSecret: string
  admin: { email: string; password: string }
  stop: () => Promise<void>
}>
