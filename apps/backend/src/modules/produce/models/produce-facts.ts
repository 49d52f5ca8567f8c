import { model } from "@medusajs/framework/utils"

/** Grade of the produce as sold: 特级 / 一级 / 二级. */
export const PRODUCE_GRADES = ["special", "first", "second"] as const

/** The facts a buyer checks before trusting farm produce; one row per product (linked). */
export const ProduceFacts = model.define("produce_facts", {
  id: model.id({ prefix: "pfact" }).primaryKey(),
  origin_zh: model.text(),
  origin_en: model.text(),
  grade: model.enum([...PRODUCE_GRADES]),
  /** Harvest window as calendar months, 1–12 (may wrap the new year). */
  harvest_from_month: model.number(),
  harvest_to_month: model.number(),
  storage_zh: model.text(),
  storage_en: model.text(),
  shelf_life_days: model.number(),
  /** Ships in cold chain (冷链) only. */
  cold_chain: model.boolean().default(false),
})
