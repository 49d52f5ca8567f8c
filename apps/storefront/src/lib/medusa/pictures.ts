import { getConfig } from "@/lib/config"

/**
 * An uploaded picture read from the backend's internal address (`<backend>/static/<file>`, Medusa's file-local
 * provider), for this app's /pictures route; null when there is no such picture. The file's segments come from the
 * URL path: anything that could leave /static is refused before asking.
 */
export async function fetchPicture(segments: string[]): Promise<Response | null> {
  if (!segments.length || segments.some((s) => s === "" || s === "." || s === ".." || s.includes("/") || s.includes("\\"))) return null
  const { backendUrl } = getConfig()
  const answer = await fetch(`${backendUrl}/static/${segments.map(encodeURIComponent).join("/")}`, { cache: "no-store" })
  // Only pictures: /static holds whatever was uploaded.
  if (answer.ok && answer.headers.get("content-type")?.startsWith("image/")) return answer
  await answer.body?.cancel()
  return null
}
