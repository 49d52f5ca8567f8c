import { readdirSync, readFileSync } from "node:fs"
import path from "node:path"
import { describe, expect, it } from "vitest"

const src = path.resolve(__dirname, "../..")
const medusa = path.resolve(__dirname)

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return full === medusa ? [] : files(full)
    return /\.(ts|tsx|mjs)$/.test(entry.name) ? [full] : []
  })
}

describe("src/lib/medusa is the storefront's one door to the backend", () => {
  it("no Medusa route path (/store/…, /auth/…) is spelled anywhere else in src", () => {
    const scanned = files(src)
    // The actions that call the backend the most are among the files read, so an empty list means something.
    expect(scanned.map((f) => path.relative(src, f))).toEqual(
      expect.arrayContaining(["components/cart/actions.ts", "components/checkout/actions.ts", "components/account/actions.ts"])
    )
    const found = scanned.flatMap((file) =>
      readFileSync(file, "utf8")
        .split("\n")
        .flatMap((line, i) => (/["'`]\/(store|auth)[/"'`?]/.test(line) ? [`${path.relative(src, file)}:${i + 1}: ${line.trim()}`] : []))
    )
    expect(found).toEqual([])
  })
})
