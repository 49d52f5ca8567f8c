import { Checkbox, Input, Text, clx } from "@medusajs/ui"
import { XMark } from "@medusajs/icons"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { useState } from "react"
import type { PickedProduct } from "../lib/festival-draft.js"
import { sdk } from "../lib/sdk.js"

type Props = {
  value: PickedProduct[]
  onChange: (value: PickedProduct[]) => void
}

/** Multi-select of catalog products: search by title, tick to add, × to remove. */
export function ProductPicker({ value, onChange }: Props) {
  const [q, setQ] = useState("")
  const { data, isLoading, isError } = useQuery({
    queryKey: ["festival-product-picker", q],
    queryFn: () => sdk.admin.product.list({ q: q || undefined, limit: 50, fields: "id,title,thumbnail" }),
    placeholderData: keepPreviousData,
  })
  const picked = new Set(value.map((p) => p.id))
  const toggle = (product: PickedProduct) =>
    onChange(picked.has(product.id) ? value.filter((p) => p.id !== product.id) : [...value, product])

  return (
    <div className="flex flex-col gap-y-2">
      {value.length > 0 && (
        <div className="flex flex-wrap gap-1.5">
          {value.map((p) => (
            <span
              key={p.id}
              className="bg-ui-bg-component txt-compact-small text-ui-fg-subtle shadow-borders-base flex items-center gap-x-1 rounded-md py-0.5 pl-2 pr-1"
            >
              {p.title}
              <button
                type="button"
                aria-label={`Remove ${p.title}`}
                className="text-ui-fg-muted hover:text-ui-fg-base"
                onClick={() => toggle(p)}
              >
                <XMark />
              </button>
            </span>
          ))}
        </div>
      )}
      <Input type="search" size="small" placeholder="搜索商品 Search products" value={q} onChange={(e) => setQ(e.target.value)} />
      <div className="shadow-borders-base max-h-56 overflow-y-auto rounded-md">
        {isLoading && <Text size="small" className="text-ui-fg-muted p-3">Loading products…</Text>}
        {isError && <Text size="small" className="text-ui-fg-error p-3">Could not load products.</Text>}
        {data?.products.length === 0 && <Text size="small" className="text-ui-fg-muted p-3">No product matches “{q}”.</Text>}
        {data?.products.map((product) => {
          const item = { id: product.id, title: product.title, thumbnail: product.thumbnail ?? null }
          return (
            <label
              key={product.id}
              className={clx(
                "hover:bg-ui-bg-base-hover flex cursor-pointer items-center gap-x-3 border-b px-3 py-2 last:border-b-0",
                picked.has(product.id) && "bg-ui-bg-highlight"
              )}
            >
              <Checkbox checked={picked.has(product.id)} onCheckedChange={() => toggle(item)} />
              {item.thumbnail ? (
                <img src={item.thumbnail} alt="" className="h-7 w-7 rounded object-cover" />
              ) : (
                <span className="bg-ui-bg-component h-7 w-7 rounded" />
              )}
              <Text size="small">{product.title}</Text>
            </label>
          )
        })}
      </div>
      <Text size="xsmall" className={value.length ? "text-ui-fg-muted" : "text-ui-fg-error"}>
        {value.length
          ? `${value.length} selected · only orders of these products count towards the tonnes`
          : "No product selected: no order will count towards the tonnes"}
      </Text>
    </div>
  )
}
