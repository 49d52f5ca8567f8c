import type { HighlightPart } from "@tarim/contracts"

// A highlighted text is a list of HighlightParts (`match` pieces are what the query matched): the storefront renders
// them, no HTML travels.

const HAN_RUN = /\p{Script=Han}+/gu
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")

/** The query's terms as patterns: Han runs match anywhere (or pairwise when the whole run is absent), words at a word start. */
function patterns(q: string, text: string): RegExp[] {
  const out: RegExp[] = []
  for (const run of q.match(HAN_RUN) ?? []) {
    const chars = [...run]
    const pieces = text.includes(run) || chars.length < 2 ? [run] : chars.slice(1).map((c, i) => chars[i] + c)
    for (const piece of pieces) out.push(new RegExp(escape(piece), "gu"))
  }
  for (const word of q.replace(HAN_RUN, " ").toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    // "apples" should still light up "Apple": compare on the word without a plural ending.
    const stem = word.length > 3 ? word.replace(/(es|s)$/, "") : word
    out.push(new RegExp(`(?<![\\p{L}\\p{N}])${escape(stem)}`, "giu"))
  }
  return out
}

/** Splits `text` into matched and unmatched parts for the query `q`. */
export function highlightParts(text: string | null | undefined, q: string | undefined): HighlightPart[] {
  if (!text) return []
  if (!q) return [{ text, match: false }]
  const marks = new Array<boolean>(text.length).fill(false)
  for (const pattern of patterns(q, text)) {
    for (const m of text.matchAll(pattern)) {
      for (let i = m.index!; i < m.index! + m[0].length; i++) marks[i] = true
    }
  }
  const parts: HighlightPart[] = []
  for (let i = 0; i < text.length; i++) {
    const last = parts[parts.length - 1]
    if (last && last.match === marks[i]) last.text += text[i]
    else parts.push({ text: text[i], match: marks[i] })
  }
  return parts
}
