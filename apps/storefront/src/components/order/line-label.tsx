import { PresaleBadge } from "@/components/product/presale-badge"

/** A line as the checkout summary and the order page name it: product · weight × quantity, then 预售 and its ship day. */
export function LineLabel({
  line,
  presale,
}: {
  line: { title: string; variantTitle: string; quantity: number }
  presale: { label: string; ships: string } | null
}) {
  return (
    <span>
      {line.title} · {line.variantTitle} × {line.quantity}
      {presale && (
        <span className="block">
          <PresaleBadge {...presale} />
        </span>
      )}
    </span>
  )
}
