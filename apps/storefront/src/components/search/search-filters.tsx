import { useTranslations } from "next-intl"
import type { FacetOption, SearchResult, SearchState } from "@/lib/medusa/types"

type ListKey = "category" | "cooperative" | "origin"

/** Facet options plus chosen values the current results no longer count, so they can still be unticked. */
function withChosen(options: FacetOption[], chosen: string[]): FacetOption[] {
  const missing = chosen.filter((v) => !options.some((o) => o.value === v))
  return [...options, ...missing.map((value) => ({ value, label: value, count: 0 }))]
}

function CheckboxGroup({
  name,
  legend,
  options,
  chosen,
  onToggle,
}: {
  name: ListKey
  legend: string
  options: FacetOption[]
  chosen: string[]
  onToggle: (value: string, on: boolean) => void
}) {
  if (!options.length) return null
  return (
    <fieldset className="space-y-1">
      <legend className="mb-1 text-sm font-semibold">{legend}</legend>
      {options.map((o) => (
        <label key={o.value} className="flex min-h-9 cursor-pointer items-center gap-2 text-sm">
          <input
            type="checkbox"
            name={name}
            value={o.value}
            checked={chosen.includes(o.value)}
            onChange={(e) => onToggle(o.value, e.target.checked)}
            className="size-4 accent-jujube"
          />
          <span className="flex-1">{o.label}</span>
          <span className="text-xs text-muted" data-testid="facet-count">{o.count}</span>
        </label>
      ))}
    </fieldset>
  )
}

/** The facet groups: category, cooperative, origin (checkboxes), price bucket (one at a time), in stock only. */
export function SearchFilters({
  state,
  facets,
  onChange,
}: {
  state: SearchState
  facets: SearchResult["facets"]
  onChange: (patch: Partial<SearchState>) => void
}) {
  const t = useTranslations("search")
  const toggle = (key: ListKey) => (value: string, on: boolean) =>
    onChange({ [key]: on ? [...state[key], value] : state[key].filter((v) => v !== value) })
  const priceLabel = (from: number, to: number | null) => (to === null ? t("priceFrom", { from }) : t("priceRange", { from, to }))
  return (
    <div className="space-y-5">
      <CheckboxGroup name="category" legend={t("category")} options={withChosen(facets.category, state.category)} chosen={state.category} onToggle={toggle("category")} />
      <fieldset className="space-y-1">
        <legend className="mb-1 text-sm font-semibold">{t("price")}</legend>
        {[{ key: null, label: t("priceAny"), count: null }, ...facets.price.map((p) => ({ key: p.key, label: priceLabel(p.from, p.to), count: p.count }))].map(
          (p) => (
            <label key={p.key ?? "any"} className="flex min-h-9 cursor-pointer items-center gap-2 text-sm">
              <input
                type="radio"
                name="price"
                value={p.key ?? ""}
                checked={state.price === p.key}
                onChange={() => onChange({ price: p.key })}
                className="size-4 accent-jujube"
              />
              <span className="flex-1">{p.label}</span>
              {p.count !== null && <span className="text-xs text-muted">{p.count}</span>}
            </label>
          )
        )}
      </fieldset>
      <fieldset className="space-y-1">
        <legend className="mb-1 text-sm font-semibold">{t("stock")}</legend>
        <label className="flex min-h-9 cursor-pointer items-center gap-2 text-sm">
          <input type="checkbox" name="in_stock" checked={state.inStock} onChange={(e) => onChange({ inStock: e.target.checked })} className="size-4 accent-jujube" />
          <span className="flex-1">{t("inStockOnly")}</span>
          <span className="text-xs text-muted">{facets.inStock}</span>
        </label>
      </fieldset>
      <CheckboxGroup name="origin" legend={t("origin")} options={withChosen(facets.origin, state.origin)} chosen={state.origin} onToggle={toggle("origin")} />
      <CheckboxGroup name="cooperative" legend={t("cooperative")} options={withChosen(facets.cooperative, state.cooperative)} chosen={state.cooperative} onToggle={toggle("cooperative")} />
    </div>
  )
}
