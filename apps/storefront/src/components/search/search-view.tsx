"use client"

import { useEffect, useId, useRef, useState, type MouseEvent } from "react"
import { useLocale, useTranslations } from "next-intl"
import { useSearchParams } from "next/navigation"
import { parseSearchParams, SEARCH_SORTS, toSearchParams } from "@/lib/medusa/search-params"
import type { SearchResult, SearchState } from "@/lib/medusa/types"
import { SearchFilters } from "./search-filters"
import { SearchHitCard } from "./search-hit-card"
import { localePath } from "@/i18n/paths"
import type { Locale } from "@/i18n/routing"

const DEBOUNCE_MS = 250

const keyOf = (state: SearchState) => toSearchParams(state).toString()
const hasFilters = (s: SearchState) => !!(s.category.length || s.cooperative.length || s.origin.length || s.price || s.inStock)

/**
 * The search page: results as you type (debounced), facets, sort and pages. The URL follows every change
 * (history.replaceState, which Next keeps in step with its router) so a search can be shared and comes back
 * after the back button; results come from GET /api/search, never straight from the backend.
 */
export function SearchView({ initialState, initialResult }: { initialState: SearchState; initialResult: SearchResult | null }) {
  const t = useTranslations("search")
  const locale = useLocale()
  const basePath = localePath("/search", locale as Locale)
  // After "back", Next may show the server's first render for a URL that has since changed: trust the URL.
  const urlState = parseSearchParams(new URLSearchParams(useSearchParams().toString()))
  const [state, setState] = useState<SearchState>(urlState)
  const [text, setText] = useState(urlState.q)
  const [result, setResult] = useState<SearchResult | null>(keyOf(urlState) === keyOf(initialState) ? initialResult : null)
  const [status, setStatus] = useState<"idle" | "loading" | "error">(result ? "idle" : "loading")
  const [attempt, setAttempt] = useState(0)
  const [filtersOpen, setFiltersOpen] = useState(false)
  const fetchedKey = useRef(result ? keyOf(state) : "")
  const panelId = useId()
  const resultsRef = useRef<HTMLDivElement>(null)

  const update = (patch: Partial<SearchState>) => setState((s) => ({ ...s, page: 1, ...patch }))

  useEffect(() => {
    const q = text.trim()
    if (q === state.q) return
    const timer = setTimeout(() => update({ q }), DEBOUNCE_MS)
    return () => clearTimeout(timer)
  }, [text, state.q])

  useEffect(() => {
    const key = keyOf(state)
    window.history.replaceState(window.history.state, "", key ? `${basePath}?${key}` : basePath)
    if (key === fetchedKey.current && attempt === 0) return
    const controller = new AbortController()
    setStatus("loading")
    fetch(`/api/search?${key}${key ? "&" : ""}locale=${locale}`, { signal: controller.signal })
      .then(async (res) => {
        if (!res.ok) throw new Error(`search answered ${res.status}`)
        setResult((await res.json()) as SearchResult)
        fetchedKey.current = key
        setStatus("idle")
      })
      .catch(() => {
        if (!controller.signal.aborted) setStatus("error")
      })
    return () => controller.abort()
  }, [state, attempt, basePath, locale])

  const goToPage = (page: number) => (e: MouseEvent) => {
    e.preventDefault()
    setState((s) => ({ ...s, page }))
    resultsRef.current?.scrollIntoView({ block: "start" })
  }
  const pageHref = (page: number) => `${basePath}?${toSearchParams({ ...state, page })}`
  const activeFilters = state.category.length + state.cooperative.length + state.origin.length + (state.price ? 1 : 0) + (state.inStock ? 1 : 0)

  return (
    <div className="space-y-4">
      <form role="search" onSubmit={(e) => (e.preventDefault(), update({ q: text.trim() }))}>
        <label htmlFor="search-page-q" className="sr-only">{t("inputLabel")}</label>
        <input
          id="search-page-q"
          type="search"
          value={text}
          maxLength={200}
          onChange={(e) => setText(e.target.value)}
          placeholder={t("placeholder")}
          enterKeyHint="search"
          className="w-full rounded-full border border-sand-dark bg-sand px-4 py-3 text-base"
        />
      </form>

      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm text-muted" role="status" data-testid="search-count">
          {status === "loading" ? t("loading") : status === "idle" && result ? t("count", { count: result.count }) : ""}
        </p>
        <div className="flex items-center gap-2">
          <button
            type="button"
            aria-expanded={filtersOpen}
            aria-controls={panelId}
            onClick={() => setFiltersOpen((o) => !o)}
            className="rounded-lg border border-sand-dark bg-white px-3 py-2 text-sm md:hidden"
          >
            {activeFilters ? t("filtersActive", { count: activeFilters }) : t("filters")}
          </button>
          <label htmlFor="search-sort" className="sr-only sm:not-sr-only sm:text-sm">{t("sort")}</label>
          <select
            id="search-sort"
            value={state.sort}
            onChange={(e) => update({ sort: e.target.value as SearchState["sort"] })}
            className="rounded-lg border border-sand-dark bg-white px-2 py-2 text-sm"
          >
            {SEARCH_SORTS.map((k) => (
              <option key={k} value={k}>{t(`sorts.${k}`)}</option>
            ))}
          </select>
        </div>
      </div>

      <div className="md:flex md:items-start md:gap-6">
        <aside id={panelId} aria-label={t("filters")} className={`${filtersOpen ? "block" : "hidden"} mb-4 rounded-2xl border border-sand-dark bg-white p-4 md:mb-0 md:block md:w-60 md:shrink-0`}>
          {result && <SearchFilters state={state} facets={result.facets} onChange={update} />}
          {activeFilters > 0 && (
            <button type="button" onClick={() => update({ category: [], cooperative: [], origin: [], price: null, inStock: false })} className="mt-4 text-sm text-jujube underline">
              {t("clearFilters")}
            </button>
          )}
          <div className="mt-4 md:hidden">
            <button type="button" onClick={() => setFiltersOpen(false)} className="btn-secondary w-full">
              {t("showResults", { count: result?.count ?? 0 })}
            </button>
          </div>
        </aside>

        <div ref={resultsRef} className="min-w-0 flex-1 scroll-mt-4" aria-busy={status === "loading"}>
          {status === "error" ? (
            <div role="alert" className="space-y-3 rounded-2xl border border-sand-dark bg-white p-6 text-center">
              <p>{t("error")}</p>
              <button type="button" onClick={() => setAttempt((n) => n + 1)} className="btn-secondary">{t("retry")}</button>
            </div>
          ) : result && result.count === 0 ? (
            <div className="space-y-3 rounded-2xl bg-sand p-6 text-center">
              <p className="font-semibold">{state.q ? t("none", { q: state.q }) : t("noneFiltered")}</p>
              {hasFilters(state) && (
                <button type="button" onClick={() => update({ category: [], cooperative: [], origin: [], price: null, inStock: false })} className="btn-secondary">
                  {t("clearFilters")}
                </button>
              )}
              <p className="text-sm text-muted">{t("tryThese")}</p>
              <ul className="flex flex-wrap justify-center gap-2">
                {t("suggestions").split(",").map((s) => (
                  <li key={s}>
                    <button type="button" onClick={() => (setText(s), setState({ ...state, q: s, page: 1, category: [], cooperative: [], origin: [], price: null, inStock: false }))} className="rounded-full border border-jujube px-4 py-1.5 text-sm text-jujube">
                      {s}
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          ) : result ? (
            <div className={status === "loading" ? "opacity-60 transition-opacity" : undefined}>
              {result.typoFallback && <p className="mb-3 text-sm text-muted">{t("typoFallback")}</p>}
              <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4" data-testid="search-results">
                {result.hits.map((hit, i) => (
                  <SearchHitCard key={hit.id} hit={hit} priority={i < 2} />
                ))}
              </ul>
              {result.pageCount > 1 && (
                <nav aria-label={t("pagination")} className="flex items-center justify-center gap-4 pt-6 text-sm">
                  {result.page > 1 ? <a href={pageHref(result.page - 1)} onClick={goToPage(result.page - 1)} rel="prev" className="btn-secondary">{t("prev")}</a> : <span />}
                  <span aria-current="page">{t("pageOf", { page: result.page, pages: result.pageCount })}</span>
                  {result.page < result.pageCount ? <a href={pageHref(result.page + 1)} onClick={goToPage(result.page + 1)} rel="next" className="btn-secondary">{t("next")}</a> : <span />}
                </nav>
              )}
            </div>
          ) : (
            <div className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4">
              {Array.from({ length: 4 }, (_, i) => <div key={i} className="aspect-[3/4] animate-pulse rounded-2xl bg-sand" />)}
            </div>
          )}
        </div>
      </div>
    </div>
  )
}
