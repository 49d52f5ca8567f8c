import { defineConfig } from "vitest/config"

export default defineConfig({
  test: {
    globals: true,
    include: ["integration-tests/**/*.spec.ts"],
    globalSetup: ["./integration-tests/global-setup.mjs"],
    setupFiles: ["./integration-tests/setup.mts"],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    fileParallelism: false,
    reporters: ["default"],
  },
})
