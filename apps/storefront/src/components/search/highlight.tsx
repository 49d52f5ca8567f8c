import type { HighlightPart } from "@/lib/medusa/types"

/** Text with the query's matches in <mark>, from the search route's highlight pieces (never HTML). */
export function Highlight({ parts, fallback }: { parts: HighlightPart[]; fallback: string }) {
  if (!parts.length) return <>{fallback}</>
  return (
    <>
      {parts.map((part, i) =>
        part.match ? (
          <mark key={i} className="rounded-sm bg-gold/30 px-px text-inherit">
            {part.text}
          </mark>
        ) : (
          <span key={i}>{part.text}</span>
        )
      )}
    </>
  )
}
