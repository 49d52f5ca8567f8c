import { model } from "@medusajs/framework/utils"
import { Cooperative } from "./cooperative"

/** One change a co-op member made to a stock level, with the reason they gave: the co-op's stock log. */
export const StockAdjustment = model
  .define("stock_adjustment", {
    id: model.id({ prefix: "stkadj" }).primaryKey(),
    member_id: model.text(),
    inventory_item_id: model.text(),
    location_id: model.text(),
    sku: model.text().nullable(),
    from_quantity: model.number(),
    to_quantity: model.number(),
    reason: model.text(),
    /** `manual` from the stock page, `import` from a CSV file. */
    source: model.enum(["manual", "import"]).default("manual"),
    cooperative: model.belongsTo(() => Cooperative, { mappedBy: "stock_adjustments" }),
  })
  .indexes([{ on: ["inventory_item_id"] }])
