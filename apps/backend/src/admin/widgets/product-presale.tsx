import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Button, Container, Heading, Input, Label, Table, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type { AdminPresaleVariant, AdminProductPresaleResponse } from "@tarim/contracts"
import { useState } from "react"
import { sdk } from "../lib/sdk.js"

type Draft = { ships_on: string; cap: string }

/** One variant's row: its pre-sale date and cap as typed, saved on their own. */
function PresaleRow({ productId, variant }: { productId: string; variant: AdminPresaleVariant }) {
  const client = useQueryClient()
  const [draft, setDraft] = useState<Draft>({ ships_on: variant.ships_on ?? "", cap: variant.ships_on ? String(variant.stocked) : "" })
  const save = useMutation({
    mutationFn: (body: { variant_id: string; ships_on: string | null; cap?: number }) =>
      sdk.client.fetch<AdminProductPresaleResponse>(`/admin/products/${productId}/presale`, { method: "POST", body }),
    onSuccess: (data) => {
      client.setQueryData(["presale", productId], data)
      toast.success("预售设置已保存 · Pre-sale saved")
    },
    onError: (error: Error) => toast.error(error.message),
  })
  const id = `presale-${variant.id}`
  return (
    <Table.Row>
      <Table.Cell>
        <Text size="small" weight="plus">{variant.title}</Text>
        <Text size="xsmall" className="text-ui-fg-subtle">{variant.sku}</Text>
      </Table.Cell>
      <Table.Cell>
        {variant.ships_on ? <Badge color="green" size="2xsmall">预售 {variant.ships_on}</Badge> : <Badge size="2xsmall">现货 in stock</Badge>}
      </Table.Cell>
      <Table.Cell>
        <Label htmlFor={`${id}-date`} className="sr-only">发货日期 Ships from</Label>
        <Input id={`${id}-date`} type="date" size="small" value={draft.ships_on} onChange={(e) => setDraft({ ...draft, ships_on: e.target.value })} />
      </Table.Cell>
      <Table.Cell>
        <Label htmlFor={`${id}-cap`} className="sr-only">预售上限 Cap</Label>
        <Input id={`${id}-cap`} type="number" min={variant.sold} size="small" value={draft.cap} onChange={(e) => setDraft({ ...draft, cap: e.target.value })} />
        <Text size="xsmall" className="text-ui-fg-subtle">已售 {variant.sold} sold</Text>
      </Table.Cell>
      <Table.Cell className="space-x-2 whitespace-nowrap">
        <Button
          size="small"
          isLoading={save.isPending}
          disabled={!draft.ships_on || draft.cap === ""}
          onClick={() => save.mutate({ variant_id: variant.id, ships_on: draft.ships_on, cap: Number(draft.cap) })}
        >
          保存 Save
        </Button>
        {variant.ships_on && (
          <Button size="small" variant="secondary" isLoading={save.isPending} onClick={() => save.mutate({ variant_id: variant.id, ships_on: null })}>
            转为现货 Stop
          </Button>
        )}
      </Table.Cell>
    </Table.Row>
  )
}

/**
 * 预售 on the product page: for each variant, the day it ships from and how many can be sold ahead (its stock).
 * The backend checks the date, the cap against what is sold, and that the variant is no gift box.
 */
const ProductPresaleWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const { data, isLoading, error } = useQuery({
    queryKey: ["presale", product.id],
    queryFn: () => sdk.client.fetch<AdminProductPresaleResponse>(`/admin/products/${product.id}/presale`),
  })
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">预售 Pre-sale</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          下一季的货：发货日期和可预售数量（即库存）。Next season's harvest: the day it ships from and how many can be sold ahead (its stock).
        </Text>
      </div>
      {isLoading && <Text size="small" className="px-6 py-4">加载中… Loading…</Text>}
      {error && <Text size="small" className="px-6 py-4 text-ui-fg-error">{(error as Error).message}</Text>}
      {data && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>规格 Variant</Table.HeaderCell>
              <Table.HeaderCell>状态 Status</Table.HeaderCell>
              <Table.HeaderCell>发货日期 Ships from</Table.HeaderCell>
              <Table.HeaderCell>上限 Cap</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {data.variants.map((v) => (
              <PresaleRow key={`${v.id}-${v.ships_on}-${v.stocked}`} productId={product.id} variant={v} />
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "product.details.after" })

export default ProductPresaleWidget
