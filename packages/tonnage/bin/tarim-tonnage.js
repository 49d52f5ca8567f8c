#!/usr/bin/env node
// The tarim-tonnage command. npm links a workspace's bin when it installs, before anything is built, so the link
// points here (a file in the repository) rather than into dist/; on a fresh clone the first run builds the CLI.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const cli = path.join(packageDir, "dist", "cli-bin.js");
if (!existsSync(cli)) {
  process.stderr.write("tarim-tonnage: building the CLI once (packages/tonnage/dist)…\n");
  const build = spawnSync(process.platform === "win32" ? "npm.cmd" : "npm", ["run", "build", "--silent"], {
    cwd: packageDir,
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (build.status !== 0 || !existsSync(cli)) {
    process.stderr.write("tarim-tonnage: the build failed; run `npm run build --workspace @tarim/tonnage` to see why\n");
    process.exit(1);
  }
}
await import(pathToFileURL(cli).href);
