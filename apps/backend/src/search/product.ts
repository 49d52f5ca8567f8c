import { defineSearchIndex, graphConsume, graphSeed, search } from "@medusajs/framework/utils"
import { PRODUCT_GRAPH_FIELDS, toProductDocuments } from "./_product-documents"
import { PRODUCT_INDEX_EVENTS, productIdsForEvent } from "./_product-events"

/**
 * The storefront's product index. Titles, subtitles and descriptions in Chinese (the product itself) and English
 * (Translation Module, en-US); category, cooperative and origin as filters and facets; CNY price range, stock,
 * weights and the festival flag. `cjk_*` are the Han unigram/bigram fields that make Chinese match on Postgres
 * (see _cjk.ts); Meilisearch segments Chinese itself, so its provider leaves them out of the searchable attributes.
 */
export const productSearchFields = search.define({
  id: search.keyword().filterable(),
  handle: search.keyword().filterable(),
  status: search.keyword().filterable(),
  sales_channel_ids: search.keyword().array().filterable(),
  thumbnail: search.keyword(),
  title_zh: search.text().searchable({ weight: 3 }),
  title_en: search.text().searchable({ weight: 3 }),
  subtitle_zh: search.text().searchable({ weight: 2 }),
  subtitle_en: search.text().searchable({ weight: 2 }),
  description_zh: search.text().searchable(),
  description_en: search.text().searchable(),
  category_handle: search.keyword().array().filterable().facetable(),
  category_zh: search.text().array().searchable({ weight: 2 }),
  category_en: search.text().array().searchable({ weight: 2 }),
  cooperative_handle: search.keyword().filterable().facetable(),
  cooperative_zh: search.text().searchable(),
  cooperative_en: search.text().searchable(),
  origin_zh: search.keyword().filterable().facetable(),
  origin_en: search.text().searchable(),
  tags: search.keyword().array().searchable().filterable().facetable(),
  price_min: search.float().filterable().sortable().facetable({ types: ["range", "stats"] }),
  price_max: search.float().filterable().sortable(),
  in_stock: search.boolean().filterable().facetable(),
  weights_g: search.integer().array().filterable(),
  festival: search.boolean().filterable().facetable(),
  created_at: search.date().filterable().sortable(),
  cjk_title: search
    .text()
    .searchable({ weight: 3 })
    .retrievable(false)
    .providerOptions({ meilisearch: { searchable: false } }),
  cjk_text: search.text().searchable().retrievable(false).providerOptions({ meilisearch: { searchable: false } }),
})

/** Words shoppers use for the same produce, in both languages; engines with synonym support (Meilisearch) apply them. */
export const PRODUCE_SYNONYMS: string[][] = [
  ["红枣", "枣", "大枣", "jujube", "jujubes", "red date", "red dates"],
  ["骏枣", "junzao"],
  ["灰枣", "huizao"],
  ["苹果", "apple", "apples"],
  ["冰糖心", "rock-sugar-heart", "rock sugar heart"],
  ["香梨", "梨", "pear", "pears", "fragrant pear"],
  ["核桃", "walnut", "walnuts"],
  ["巴旦木", "扁桃仁", "almond", "almonds"],
  ["葡萄干", "raisin", "raisins"],
  ["无花果", "fig", "figs"],
  ["礼盒", "gift box", "gift boxes", "年货"],
]

export default defineSearchIndex({
  name: "product",
  entity: "product",
  fields: productSearchFields,
  settings: {
    typo_tolerance: { enabled: true, min_word_size_for_one_typo: 5, min_word_size_for_two_typos: 9 },
    provider_options: {
      meilisearch: { synonyms: PRODUCE_SYNONYMS },
    },
  },
  events: Object.values(PRODUCT_INDEX_EVENTS).flat(),
  seed: graphSeed({
    fields: PRODUCT_GRAPH_FIELDS,
    transform: (rows, { container }) => toProductDocuments(rows, container.query),
  }),
  consume: graphConsume({
    fields: PRODUCT_GRAPH_FIELDS,
    resolve_ids: (event, { container }) => productIdsForEvent(event, container.query),
    // Only a deleted product leaves the index; a deleted variant, price or stock level rewrites its product.
    is_delete: (event) => event.name === "product.deleted",
    transform: (rows, { container }) => toProductDocuments(rows, container.query),
  }),
})
