import { fetchPicture } from "@/lib/medusa/pictures"

/**
 * GET /pictures/<file>: a shop picture as the backend stores it, for Next's image optimizer (lib/pictures.ts says
 * why it is served here). Uploads never change under their name, so they may be kept for a year.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  const { path } = await params
  const picture = await fetchPicture(path).catch((error: unknown) => {
    console.error(`reading picture ${path.join("/")} from the backend failed`, error)
    return undefined
  })
  if (picture === undefined) return Response.json({ message: "the shop's backend did not answer; try again shortly" }, { status: 503 })
  if (picture === null) return Response.json({ message: `no picture "${path.join("/")}"` }, { status: 404 })
  return new Response(picture.body, {
    headers: {
      "content-type": picture.headers.get("content-type") ?? "application/octet-stream",
      "cache-control": "public, max-age=31536000, immutable",
    },
  })
}
