import MedusaModule from "@medusajs/js-sdk"

// The SDK's ESM build has no `"type": "module"`, so TypeScript (node16) types this import as the CommonJS exports
// object; Vite loads the ESM build, whose default export is the class itself.
const Medusa = MedusaModule as unknown as typeof MedusaModule.default

/** The one JS SDK client for admin customizations: the admin's own origin and its session cookie. */
export const sdk = new Medusa({
  baseUrl: import.meta.env.VITE_BACKEND_URL || "/",
  debug: import.meta.env.DEV,
  auth: { type: "session" },
})
