import type pg from "pg";
import type { SoldLine } from "../../src/index.js";

/**
 * Creates the three views the backend provides, over plain tables the tests fill.
 * The view columns are the contract: exactly these names and types.
 */
export async function createViews(client: pg.Client): Promise<void> {
  await client.query(`
    CREATE TABLE fixture_line (
      order_id text, placed_at timestamptz, quantity integer, returned_quantity integer, canceled boolean,
      net_weight_g integer, amount bigint, currency text, product_id text, product text, category text, cooperative text,
      parts jsonb, presale boolean);
    CREATE TABLE fixture_festival (
      id text, handle text, title_zh text, title_en text, starts_at timestamptz, ends_at timestamptz,
      timezone text, target_kg numeric, product_ids text[]);
    CREATE VIEW tarim_sold_line AS
      SELECT order_id, placed_at, quantity, returned_quantity, canceled, net_weight_g, amount, currency,
             product_id, product, category, cooperative, presale
      FROM fixture_line;
    CREATE VIEW tarim_sold_part AS
      SELECT order_id, placed_at, quantity, returned_quantity, canceled, net_weight_g, 0 AS weight_before_g,
             net_weight_g AS line_weight_g, 1 AS part_quantity, amount, currency, product_id, category, cooperative, presale
      FROM fixture_line WHERE parts IS NULL
      UNION ALL
      SELECT order_id, placed_at, quantity, returned_quantity, canceled, (part ->> 'net_weight_g')::integer,
             (COALESCE(sum((part ->> 'net_weight_g')::integer) OVER w, 0) - (part ->> 'net_weight_g')::integer)::integer,
             net_weight_g, (part ->> 'quantity')::integer, amount, currency, product_id, part ->> 'category', part ->> 'cooperative',
             presale
      FROM fixture_line, jsonb_array_elements(parts) WITH ORDINALITY AS p(part, n)
      WINDOW w AS (PARTITION BY fixture_line.ctid ORDER BY n);
    CREATE VIEW tarim_festival AS
      SELECT id, handle, title_zh, title_en, starts_at, ends_at, timezone, target_kg, product_ids FROM fixture_festival;`);
}

/** Inserts sold lines in one statement (unnest of column arrays). */
export async function insertLines(client: pg.Client, lines: readonly SoldLine[]): Promise<void> {
  const columns = ["order_id", "placed_at", "quantity", "returned_quantity", "canceled", "net_weight_g", "amount",
    "currency", "product_id", "product", "category", "cooperative", "parts", "presale"] as const;
  const types = ["text", "timestamptz", "int", "int", "bool", "int", "bigint", "text", "text", "text", "text", "text", "jsonb", "bool"];
  const values = columns.map((column) =>
    lines.map((line) => {
      const value = line[column];
      if (column === "parts") return value ? JSON.stringify(value) : null;
      if (column === "presale") return value === true;
      return value instanceof Date ? value.toISOString() : (value ?? null);
    }),
  );
  const unnest = types.map((type, index) => `$${index + 1}::${type}[]`).join(", ");
  await client.query(`INSERT INTO fixture_line (${columns.join(", ")}) SELECT * FROM unnest(${unnest})`, values);
}

/** A festival row as the backend's festival module would hold it. */
export interface FestivalRow {
  id: string;
  handle: string;
  title_zh: string;
  title_en: string;
  starts_at: string;
  ends_at: string;
  timezone: string;
  target_kg: number | null;
  product_ids: string[];
}

/** Inserts one festival. */
export async function insertFestival(client: pg.Client, festival: FestivalRow): Promise<void> {
  await client.query(
    `INSERT INTO fixture_festival VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [festival.id, festival.handle, festival.title_zh, festival.title_en, festival.starts_at, festival.ends_at,
      festival.timezone, festival.target_kg, festival.product_ids],
  );
}
