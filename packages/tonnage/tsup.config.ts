import { defineConfig } from "tsup";

export default defineConfig([
  // The library, for ESM importers and for the CommonJS Medusa backend.
  {
    entry: ["src/index.ts"],
    format: ["esm", "cjs"],
    target: "node20",
    dts: true,
    clean: true,
    sourcemap: true,
  },
  // The CLI (uses top-level await), ESM only.
  {
    entry: ["src/cli-bin.ts"],
    format: ["esm"],
    target: "node20",
    sourcemap: true,
  },
]);
