import { spawnSync } from "node:child_process"
import path from "node:path"

const root = path.resolve(__dirname, "../../../..")
const secrets = {
  POSTGRES_PASSWORD: "pw",
  MEILI_MASTER_KEY: "mk",
  JWT_SECRET: "j".repeat(40),
  COOKIE_SECRET: "c".repeat(40),
  MEDUSA_PUBLISHABLE_KEY: "pk_test",
}

/** Runs Debian's docker-compose (installed by .ci/run) on the repository's docker-compose.yml. */
function compose(args: string[], env: Record<string, string>) {
  const run = spawnSync("docker-compose", ["-f", path.join(root, "docker-compose.yml"), ...args], {
    cwd: root,
    env: { PATH: process.env.PATH!, ...env },
    encoding: "utf8",
  })
  if (run.error) throw new Error(`docker-compose is not installed (apt-get install docker-compose): ${run.error.message}`)
  return run
}

describe("docker-compose.yml (validated only: no Docker engine runs here)", () => {
  it("is valid with its secrets set", () => {
    const run = compose(["config", "-q"], secrets)
    expect(run.stderr).toBe("")
    expect(run.status).toBe(0)
  })

  it("runs the production stack: postgres 16, redis 7, meilisearch v1, server, worker, storefront", () => {
    const run = compose(["config", "--services"], secrets)
    expect(run.stdout.trim().split("\n").sort()).toEqual(
      ["backend", "meilisearch", "postgres", "redis", "storefront", "worker"].sort()
    )
    const full = compose(["config"], secrets).stdout
    expect(full).toMatch(/image: postgres:16/)
    expect(full).toMatch(/image: redis:7/)
    expect(full).toMatch(/image: getmeili\/meilisearch:v1/)
    expect(full).toMatch(/MEDUSA_WORKER_MODE: worker/)
    expect(full).toMatch(/MEDUSA_WORKER_MODE: server/)
    expect(full.match(/healthcheck:/g)?.length).toBe(5)
  })

  it("refuses to start without its secrets", () => {
    const { MEILI_MASTER_KEY, ...rest } = secrets
    const run = compose(["config", "-q"], rest)
    expect(run.status).not.toBe(0)
    expect(run.stderr).toContain("set MEILI_MASTER_KEY")
  })
})
