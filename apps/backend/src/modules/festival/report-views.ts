/**
 * The read-only views @tarim/tonnage reports from. One row per order line with the net grams snapshotted when
 * the order was placed (lines without a snapshot yet are left out, never filled in from today's catalog);
 * canceled orders and received returns come live from Medusa's order tables.
 */
export const REPORT_VIEWS_SQL = `
CREATE OR REPLACE VIEW tarim_sold_line AS
SELECT o.id AS order_id,
       o.created_at AS placed_at,
       oi.quantity::integer AS quantity,
       COALESCE(oi.return_received_quantity, 0)::integer AS returned_quantity,
       (o.status = 'canceled') AS canceled,
       (li.metadata ->> 'net_weight_g')::integer AS net_weight_g,
       round(li.unit_price * oi.quantity * 100)::bigint AS amount,
       upper(o.currency_code) AS currency,
       li.product_id,
       COALESCE(li.product_title, li.title) AS product,
       COALESCE(category.name, '未分类') AS category,
       COALESCE(coop.name_zh, '未知合作社') AS cooperative
FROM "order" o
JOIN order_item oi ON oi.order_id = o.id AND oi.version = o.version AND oi.deleted_at IS NULL
JOIN order_line_item li ON li.id = oi.item_id AND li.deleted_at IS NULL
LEFT JOIN LATERAL (
  SELECT pc.name FROM product_category_product pcp
  JOIN product_category pc ON pc.id = pcp.product_category_id AND pc.deleted_at IS NULL
  WHERE pcp.product_id = li.product_id ORDER BY pc.rank, pc.name LIMIT 1
) category ON true
LEFT JOIN cooperative_cooperative_product_product cp ON cp.product_id = li.product_id AND cp.deleted_at IS NULL
LEFT JOIN cooperative coop ON coop.id = cp.cooperative_id
WHERE o.deleted_at IS NULL
  AND o.is_draft_order = false
  AND o.status <> 'draft'
  AND li.metadata ? 'net_weight_g';

CREATE OR REPLACE VIEW tarim_festival AS
SELECT f.id, f.handle, f.title_zh, f.title_en, f.starts_at, f.ends_at, f.timezone, f.target_kg::numeric AS target_kg,
       COALESCE(array_agg(fp.product_id ORDER BY fp.product_id) FILTER (WHERE fp.product_id IS NOT NULL), '{}') AS product_ids
FROM festival f
LEFT JOIN festival_festival_product_product fp ON fp.festival_id = f.id AND fp.deleted_at IS NULL
WHERE f.deleted_at IS NULL
GROUP BY f.id;
`
