import { NextResponse, type NextRequest } from "next/server"
import { hasLocale } from "next-intl"
import { progressView } from "@/components/festival/progress-view"
import { routing } from "@/i18n/routing"
import { getLiveFestival } from "@/lib/medusa/festival"

/**
 * GET /api/festivals/:handle/progress?locale=zh-CN: the progress bar's figures and words as of the last two seconds
 * (see getLiveFestival), for the bar's poll on cached pages.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ handle: string }> }) {
  const { handle } = await params
  const asked = request.nextUrl.searchParams.get("locale")
  const locale = hasLocale(routing.locales, asked) ? asked : routing.defaultLocale
  const festival = await getLiveFestival(handle, locale).catch((error: unknown) => {
    console.error(`reading festival ${handle}'s progress failed`, error)
    return undefined
  })
  if (festival === undefined) return NextResponse.json({ message: "the shop's backend did not answer; try again shortly" }, { status: 503 })
  if (festival === null) return NextResponse.json({ message: `no festival "${handle}"` }, { status: 404 })
  return NextResponse.json(await progressView(festival, locale), { headers: { "cache-control": "no-store" } })
}
