import { defineConfig } from "vitest/config"

/** `npm run bench:search`: boots the app on a throwaway embedded Postgres like the tests, then measures. */
export default defineConfig({
  test: {
    globals: true,
    include: ["bench/search.run.ts"],
    globalSetup: ["./integration-tests/global-setup.mjs"],
    setupFiles: ["./integration-tests/setup.mts"],
    testTimeout: 1_200_000,
    hookTimeout: 300_000,
    fileParallelism: false,
    reporters: ["default"],
  },
})
