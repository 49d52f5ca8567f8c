/** A breakdown a report can carry. */
export type Dimension = "day" | "category" | "cooperative" | "product";

/** Every breakdown, in the order reports list them. */
export const DIMENSIONS: readonly Dimension[] = ["day", "category", "cooperative", "product"];

/** One part of a gift-box line: what one box holds of a loose product, snapshotted with the order. */
export interface SoldPart {
  /** Net grams of this part in one box (the part's grams × how many the box holds). */
  net_weight_g: number;
  /** How many of the part one box holds. */
  quantity: number;
  category: string;
  cooperative: string;
}

/** One order line as sold, with the net weight snapshotted when the order was placed. */
export interface SoldLine {
  order_id: string;
  /** When the order was placed: a Date or an ISO 8601 string (UTC). */
  placed_at: Date | string;
  quantity: number;
  returned_quantity: number;
  /** A canceled order counts zero. */
  canceled: boolean;
  /** Net produce grams per unit (integer). */
  net_weight_g: number;
  /** Line total before returns, in minor units (fen for CNY). */
  amount: number;
  /** ISO 4217 code, any case ("cny"); reports use upper case. */
  currency: string;
  product: string;
  category: string;
  cooperative: string;
  /** Needed only when the report is limited to `product_ids`. */
  product_id?: string;
  /**
   * A gift box's contents, in order. By category and by cooperative the line counts part by part (see `splitLine`);
   * their `net_weight_g` add up to the line's. Totals, days and products count the box as bought.
   */
  parts?: readonly SoldPart[];
  /** Sold ahead of its harvest (预售): counted when the order is placed, and shown apart. */
  presale?: boolean;
}

/** Which lines a report counts: pre-sales only, or everything but them (default: all). */
export type PresaleFilter = "only" | "exclude";

/** Every pre-sale filter. */
export const PRESALE_FILTERS: readonly PresaleFilter[] = ["only", "exclude"];

/** What to report on. */
export interface ReportOptions {
  /** Start of the window, inclusive. */
  from: Date | string;
  /** End of the window, exclusive. */
  to: Date | string;
  /** IANA time zone that decides calendar days; default "Asia/Shanghai". */
  timezone?: string;
  /** Tonnage target in kilograms; adds `progress` to the report. */
  target_kg?: number;
  /** Breakdowns to compute; default all four. */
  by?: Dimension | readonly Dimension[];
  /** Count only lines of these products (a festival's products). */
  product_ids?: readonly string[];
  /** The moment "days left" is counted from; default the current time. */
  now?: Date;
  /** Count only pre-sale lines, or leave them out. */
  presale?: PresaleFilter;
}

/** Sold figures of a whole report or of one breakdown row. */
export interface Figures {
  /** Net grams sold (integer), after returns. */
  grams: number;
  /** `grams` as tonnes with exactly 3 decimals, rounded half up ("1.235"). */
  tonnes: string;
  /** Units sold after returns. */
  units: number;
  /** Distinct orders with at least one counted unit. */
  orders: number;
  /** Minor units kept after returns, by upper-case currency code. */
  amounts: Record<string, number>;
  /** The part of `grams` sold ahead of its harvest (pre-sale). */
  presale_grams: number;
  /** `presale_grams` as tonnes. */
  presale_tonnes: string;
}

/** One row of a breakdown: a day ("2025-01-20"), a category, a cooperative or a product. */
export interface BreakdownRow extends Figures {
  key: string;
}

/** How far the window is from its target. */
export interface Progress {
  /** The moment days left were counted from (ISO). */
  as_of: string;
  target_grams: number;
  target_tonnes: string;
  /** Percent of the target sold, one decimal, may pass 100. */
  percent: number;
  reached: boolean;
  left_grams: number;
  left_tonnes: string;
  /** Calendar days left in the window, today included; 0 once it has ended. */
  days_left: number;
  /** Grams a day needed to reach the target; null when no days are left and the target is not reached. */
  pace_grams_per_day: number | null;
  pace_tonnes_per_day: string | null;
}

/** A tonnage report: the same object whether computed in memory or in Postgres. */
export interface Report {
  /** Window start, inclusive (ISO). */
  from: string;
  /** Window end, exclusive (ISO). */
  to: string;
  timezone: string;
  /** First and last calendar day of the window in `timezone`. */
  first_day: string;
  last_day: string;
  product_ids: string[] | null;
  /** The pre-sale filter the report was made with, or null for all lines. */
  presale: PresaleFilter | null;
  totals: Figures;
  /** Rows by breakdown; days are listed every day of the window, others by grams descending. */
  breakdowns: Partial<Record<Dimension, BreakdownRow[]>>;
  progress: Progress | null;
}
