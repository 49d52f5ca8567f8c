/**
 * Chinese-aware tokens for the Postgres provider.
 *
 * Postgres' default text-search parser has no CJK segmenter: a run of Han characters such as 阿克苏冰糖心苹果
 * becomes ONE lexeme, so `苹果` never matches it, and pg_trgm (C locale) makes no trigrams from Han at all.
 * The fix stays inside the Search Module's contract: documents carry an extra searchable field with every Han
 * unigram and bigram (`segmentForIndex`), and the query is rewritten to its bigrams (`segmentQuery`), so a
 * query of any length matches wherever its characters appear contiguously.
 */

const HAN_RUN = /\p{Script=Han}+/gu

function hanRuns(text: string): string[] {
  return text.match(HAN_RUN) ?? []
}

function bigrams(run: string): string[] {
  const chars = [...run]
  if (chars.length === 1) return chars
  const out: string[] = []
  for (let i = 0; i < chars.length - 1; i++) out.push(chars[i] + chars[i + 1])
  return out
}

/** Every Han unigram and bigram of the texts, de-duplicated, space separated (non-Han text is dropped). */
export function segmentForIndex(...texts: (string | null | undefined)[]): string {
  const tokens = new Set<string>()
  for (const text of texts) {
    for (const run of hanRuns(text ?? "")) {
      for (const char of run) tokens.add(char)
      for (const pair of bigrams(run)) tokens.add(pair)
    }
  }
  return [...tokens].join(" ")
}

/** The query with each Han run replaced by its bigrams (a lone character stays a unigram); other text is kept. */
export function segmentQuery(q: string): string {
  return q.replace(HAN_RUN, (run) => ` ${bigrams(run).join(" ")} `).replace(/\s+/g, " ").trim()
}
