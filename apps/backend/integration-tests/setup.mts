import { createRequire } from "node:module"

// Medusa loads medusa-config.ts and the project's TypeScript through ts-node at runtime.
createRequire(import.meta.url)("ts-node").register({})
