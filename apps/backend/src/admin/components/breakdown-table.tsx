import { Container, Heading, Table, Text } from "@medusajs/ui"
import type { BreakdownRow, Dimension, Festival } from "../lib/festivals.js"
import { formatCny, formatCount, formatTonnes } from "../lib/format.js"
import { CsvButton } from "./csv-button.js"

type Props = {
  festival: Festival
  by: Dimension
  title: string
  /** Header of the first column, e.g. "品类 Category". */
  column: string
  rows: BreakdownRow[]
  totalGrams: number
}

/** One breakdown of the report (category, cooperative or product), heaviest first, with its share of all tonnes. */
export function BreakdownTable({ festival, by, title, column, rows, totalGrams }: Props) {
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">{title}</Heading>
        <CsvButton festival={festival} by={by} />
      </div>
      {rows.length === 0 ? (
        <Text size="small" className="text-ui-fg-muted px-6 py-4">No sales yet.</Text>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{column}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">吨 Tonnes</Table.HeaderCell>
              <Table.HeaderCell className="text-right">其中预售 Pre-sale</Table.HeaderCell>
              <Table.HeaderCell className="w-[22%]">占比 Share</Table.HeaderCell>
              <Table.HeaderCell className="text-right">订单 Orders</Table.HeaderCell>
              <Table.HeaderCell className="text-right">件数 Units</Table.HeaderCell>
              <Table.HeaderCell className="text-right">销售额 Sales</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {rows.map((row) => {
              const share = totalGrams ? (row.grams / totalGrams) * 100 : 0
              return (
                <Table.Row key={row.key}>
                  <Table.Cell>{row.key}</Table.Cell>
                  <Table.Cell className="text-right tabular-nums">{formatTonnes(row.tonnes)}</Table.Cell>
                  <Table.Cell className="text-right tabular-nums">{row.presale_grams ? formatTonnes(row.presale_tonnes) : "–"}</Table.Cell>
                  <Table.Cell>
                    <div className="flex items-center gap-x-2">
                      <div className="bg-ui-bg-switch-off h-1.5 flex-1 overflow-hidden rounded-full">
                        <div className="bg-ui-tag-blue-icon h-full" style={{ width: `${share}%` }} />
                      </div>
                      <span className="txt-compact-xsmall text-ui-fg-subtle w-12 text-right tabular-nums">{share.toFixed(1)}%</span>
                    </div>
                  </Table.Cell>
                  <Table.Cell className="text-right tabular-nums">{formatCount(row.orders)}</Table.Cell>
                  <Table.Cell className="text-right tabular-nums">{formatCount(row.units)}</Table.Cell>
                  <Table.Cell className="text-right tabular-nums">{formatCny(row.amounts.CNY)}</Table.Cell>
                </Table.Row>
              )
            })}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}
