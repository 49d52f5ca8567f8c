// A throwaway Redis (Debian's redis-server) on a free port, for the tests and benchmarks that run several backend
// processes. No persistence: it lives as long as the run.
import { spawn, spawnSync } from "node:child_process"

/** Starts redis-server on `port` (on loopback only) and resolves with { url, stop } once it accepts connections. */
export async function startRedis(port) {
  if (spawnSync("redis-server", ["--version"]).error) {
    throw new Error("redis-server is not installed: apt-get install -y redis-server (.ci/run installs it)")
  }
  const server = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], {
    stdio: ["ignore", "pipe", "pipe"],
  })
  let output = ""
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`redis-server on port ${port} did not start:\n${output}`)), 10_000)
    const read = (chunk) => {
      output += chunk
      if (output.includes("Ready to accept connections")) {
        clearTimeout(timer)
        resolve()
      }
    }
    server.stdout.on("data", read)
    server.stderr.on("data", read)
    server.once("exit", (code) => {
      clearTimeout(timer)
      reject(new Error(`redis-server on port ${port} exited with code ${code}:\n${output}`))
    })
  })
  server.removeAllListeners("exit")
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: () =>
      new Promise((resolve) => {
        if (server.exitCode !== null) return resolve()
        server.once("exit", resolve)
        server.kill("SIGTERM")
      }),
  }
}
