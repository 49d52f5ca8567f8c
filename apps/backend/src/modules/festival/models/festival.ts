import { model } from "@medusajs/framework/utils"

/** A sales festival such as 台阿线上年货节: a window, a tonnage target and its products (linked). */
export const Festival = model.define("festival", {
  id: model.id({ prefix: "fest" }).primaryKey(),
  handle: model.text().unique(),
  title_zh: model.text(),
  title_en: model.text(),
  description_zh: model.text().nullable(),
  description_en: model.text().nullable(),
  starts_at: model.dateTime(),
  ends_at: model.dateTime(),
  /** IANA zone whose calendar days the daily figures use. */
  timezone: model.text().default("Asia/Shanghai"),
  /** Target in kilograms of net produce sold. */
  target_kg: model.number(),
})
