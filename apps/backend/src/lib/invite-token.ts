import { createHash, randomBytes } from "node:crypto"

/** How long an invitation to the co-op portal stays valid. */
export const INVITE_TTL_MS = 7 * 24 * 60 * 60 * 1000

/** The SHA-256 stored for an invitation token: a leaked table holds no usable link. */
export function hashInviteToken(token: string): string {
  return createHash("sha256").update(token).digest("hex")
}

/** A fresh 256-bit invitation token (URL-safe) and its hash. */
export function newInviteToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url")
  return { token, hash: hashInviteToken(token) }
}
