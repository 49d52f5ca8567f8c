import type { SearchTypes } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"

type Field = SearchTypes.SearchFieldDefinition
type Definition = SearchTypes.ResolvedSearchIndexDefinition

/** Index settings in Meilisearch's own shape (PATCH /indexes/{uid}/settings). */
export type MeilisearchSettings = {
  searchableAttributes: string[]
  filterableAttributes: string[]
  sortableAttributes: string[]
  displayedAttributes: string[]
  synonyms: Record<string, string[]>
  typoTolerance: {
    enabled: boolean
    minWordSizeForTypos?: { oneTypo?: number; twoTypos?: number }
    disableOnAttributes?: string[]
  }
  distinctAttribute?: string | null
}

/** Options an index definition can pass this provider: `settings.provider_options.meilisearch`. */
type IndexOptions = { synonyms?: string[][] | Record<string, string[]> }

/** Leaf fields by dotted path (object containers are walked, never returned). */
export function leafFields(fields: Record<string, Field>, prefix = ""): [string, Field][] {
  return Object.entries(fields).flatMap(([name, field]) => {
    const path = prefix ? `${prefix}.${name}` : name
    return field.type === "object" && field.fields ? leafFields(field.fields, path) : [[path, field] as [string, Field]]
  })
}

const weight = (field: Field) => (typeof field.searchable === "object" ? field.searchable.weight ?? 1 : 1)
const isSearchable = (field: Field) =>
  (field.searchable === true || typeof field.searchable === "object") &&
  field.provider_options?.meilisearch?.searchable !== false
const isFacetable = (field: Field) => field.facetable === true || typeof field.facetable === "object"
const isRetrievable = (field: Field) => field.type !== "vector" && field.retrievable !== false

/** Whether Meilisearch needs the field at all: a field only another engine searches is left out of the documents. */
export function isStored(field: Field): boolean {
  return isSearchable(field) || !!field.filterable || !!field.sortable || isFacetable(field) || isRetrievable(field)
}

/** Synonym groups made mutual: every word of a group maps to all the others. */
export function mutualSynonyms(groups: string[][]): Record<string, string[]> {
  const out: Record<string, Set<string>> = {}
  for (const group of groups) {
    for (const word of group) {
      const others = group.filter((other) => other !== word)
      out[word] ??= new Set()
      others.forEach((other) => out[word].add(other))
    }
  }
  return Object.fromEntries(Object.entries(out).map(([word, set]) => [word, [...set]]))
}

/** Translates an index definition into Meilisearch settings, refusing what Meilisearch cannot hold. */
export function toMeilisearchSettings(definition: Definition): MeilisearchSettings {
  const leaves = leafFields(definition.fields)
  for (const [path, field] of leaves) {
    if (field.type === "vector") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `The meilisearch provider does not hold vector fields; remove "${path}" from search index "${definition.name}"`
      )
    }
  }
  const options = (definition.settings.provider_options?.meilisearch ?? {}) as IndexOptions
  const typo = definition.settings.typo_tolerance ?? {}
  const synonyms = Array.isArray(options.synonyms) ? mutualSynonyms(options.synonyms) : options.synonyms ?? {}

  return {
    // Meilisearch ranks by attribute order, so heavier fields come first (stable for equal weights).
    searchableAttributes: leaves
      .filter(([, f]) => isSearchable(f))
      .map(([path, f], i) => ({ path, w: weight(f), i }))
      .sort((a, b) => b.w - a.w || a.i - b.i)
      .map(({ path }) => path),
    filterableAttributes: leaves.filter(([, f]) => f.filterable || isFacetable(f)).map(([path]) => path),
    sortableAttributes: leaves.filter(([, f]) => f.sortable).map(([path]) => path),
    displayedAttributes: leaves.filter(([, f]) => isRetrievable(f)).map(([path]) => path),
    synonyms,
    typoTolerance: {
      enabled: typo.enabled ?? true,
      ...(typo.min_word_size_for_one_typo || typo.min_word_size_for_two_typos
        ? {
            minWordSizeForTypos: {
              oneTypo: typo.min_word_size_for_one_typo,
              twoTypos: typo.min_word_size_for_two_typos,
            },
          }
        : {}),
      ...(typo.disabled_on_attributes?.length ? { disableOnAttributes: typo.disabled_on_attributes } : {}),
    },
    distinctAttribute: definition.settings.distinct_attribute ?? null,
  }
}
