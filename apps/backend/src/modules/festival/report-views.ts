/** The first category of a product (by rank, then name), as SQL over a product id expression. */
const categoryOf = (productId: string) => `COALESCE((
  SELECT pc.name FROM product_category_product pcp
  JOIN product_category pc ON pc.id = pcp.product_category_id AND pc.deleted_at IS NULL
  WHERE pcp.product_id = ${productId} ORDER BY pc.rank, pc.name LIMIT 1), '未分类')`

/** The cooperative that sells a product, as SQL over a product id expression. */
const cooperativeOf = (productId: string) => `COALESCE((
  SELECT coop.name_zh FROM cooperative_cooperative_product_product cp
  JOIN cooperative coop ON coop.id = cp.cooperative_id
  WHERE cp.product_id = ${productId} AND cp.deleted_at IS NULL LIMIT 1), '未知合作社')`

/**
 * The read-only views @tarim/tonnage reports from. One row per order line with the net grams snapshotted when
 * the order was placed (lines without a snapshot yet are left out, never filled in from today's catalog);
 * canceled orders and received returns come live from Medusa's order tables. A gift box's contents are
 * snapshotted too (`parts`), and `tarim_sold_part` lists them one row each, with the category and cooperative of
 * the part's product, so category and cooperative breakdowns count a box part by part. A line sold ahead of its
 * harvest (it recorded the day it ships from) is a pre-sale.
 */
export const REPORT_VIEWS_SQL = `
CREATE OR REPLACE VIEW tarim_order_line AS
SELECT li.id AS line_id,
       o.id AS order_id,
       o.created_at AS placed_at,
       oi.quantity::integer AS quantity,
       COALESCE(oi.return_received_quantity, 0)::integer AS returned_quantity,
       (o.status = 'canceled') AS canceled,
       (li.metadata ->> 'net_weight_g')::integer AS net_weight_g,
       round(li.unit_price * oi.quantity * 100)::bigint AS amount,
       upper(o.currency_code) AS currency,
       li.product_id,
       COALESCE(li.product_title, li.title) AS product,
       li.metadata -> 'parts' AS parts,
       (li.metadata ? 'presale_ships_on') AS presale
FROM "order" o
JOIN order_item oi ON oi.order_id = o.id AND oi.version = o.version AND oi.deleted_at IS NULL
JOIN order_line_item li ON li.id = oi.item_id AND li.deleted_at IS NULL
WHERE o.deleted_at IS NULL
  AND o.is_draft_order = false
  AND o.status <> 'draft'
  AND li.metadata ? 'net_weight_g';

CREATE OR REPLACE VIEW tarim_sold_line AS
SELECT order_id, placed_at, quantity, returned_quantity, canceled, net_weight_g, amount, currency, product_id, product,
       ${categoryOf("l.product_id")} AS category,
       ${cooperativeOf("l.product_id")} AS cooperative,
       presale
FROM tarim_order_line l;

CREATE OR REPLACE VIEW tarim_sold_part AS
SELECT order_id, placed_at, quantity, returned_quantity, canceled, net_weight_g, 0 AS weight_before_g,
       net_weight_g AS line_weight_g, 1 AS part_quantity, amount, currency, product_id,
       ${categoryOf("l.product_id")} AS category,
       ${cooperativeOf("l.product_id")} AS cooperative,
       presale
FROM tarim_order_line l
WHERE jsonb_typeof(l.parts) IS DISTINCT FROM 'array'
UNION ALL
SELECT l.order_id, l.placed_at, l.quantity, l.returned_quantity, l.canceled, p.grams,
       (sum(p.grams) OVER (PARTITION BY l.line_id ORDER BY p.n) - p.grams)::integer,
       l.net_weight_g, (p.part ->> 'quantity')::integer, l.amount, l.currency, l.product_id,
       ${categoryOf("p.part ->> 'product_id'")},
       ${cooperativeOf("p.part ->> 'product_id'")},
       l.presale
FROM tarim_order_line l
CROSS JOIN LATERAL jsonb_array_elements(l.parts) WITH ORDINALITY AS e(part, n)
CROSS JOIN LATERAL (SELECT e.part AS part, e.n AS n, (e.part ->> 'net_weight_g')::integer AS grams) p
WHERE jsonb_typeof(l.parts) = 'array';

CREATE OR REPLACE VIEW tarim_festival AS
SELECT f.id, f.handle, f.title_zh, f.title_en, f.starts_at, f.ends_at, f.timezone, f.target_kg::numeric AS target_kg,
       COALESCE(array_agg(fp.product_id ORDER BY fp.product_id) FILTER (WHERE fp.product_id IS NOT NULL), '{}') AS product_ids
FROM festival f
LEFT JOIN festival_festival_product_product fp ON fp.festival_id = f.id AND fp.deleted_at IS NULL
WHERE f.deleted_at IS NULL
GROUP BY f.id;
`
