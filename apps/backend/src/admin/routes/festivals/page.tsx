import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Party, Plus } from "@medusajs/icons"
import { Alert, Button, Container, Heading, Skeleton, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { Link, useNavigate } from "react-router-dom"
import { FestivalFormModal } from "../../components/festival-form-modal.js"
import { FestivalStatusBadge } from "../../components/festival-status-badge.js"
import { useFestivals, type Festival } from "../../lib/festivals.js"
import { formatTargetKg } from "../../lib/format.js"
import { formatWallTime } from "../../lib/zoned-time.js"

function FestivalRow({ festival }: { festival: Festival }) {
  const navigate = useNavigate()
  return (
    <Table.Row className="cursor-pointer" onClick={() => navigate(`/festivals/${festival.id}`)}>
      <Table.Cell>
        <Link to={`/festivals/${festival.id}`} className="flex flex-col py-2" onClick={(e) => e.stopPropagation()}>
          <Text size="small" weight="plus" className="text-ui-fg-base">{festival.title_zh}</Text>
          <Text size="small" className="text-ui-fg-subtle">{festival.title_en}</Text>
        </Link>
      </Table.Cell>
      <Table.Cell>
        <div className="flex flex-col whitespace-nowrap">
          <Text size="small">
            {formatWallTime(festival.starts_at, festival.timezone)} → {formatWallTime(festival.ends_at, festival.timezone)}
          </Text>
          <Text size="xsmall" className="text-ui-fg-muted">{festival.timezone}</Text>
        </div>
      </Table.Cell>
      <Table.Cell>
        <FestivalStatusBadge status={festival.status} />
      </Table.Cell>
      <Table.Cell className="text-right">{formatTargetKg(festival.target_kg)}</Table.Cell>
      <Table.Cell className="text-right">{festival.products.length}</Table.Cell>
      <Table.Cell>{festival.price_list?.title ?? "–"}</Table.Cell>
    </Table.Row>
  )
}

function Body({ onCreate }: { onCreate: () => void }) {
  const { data, isLoading, isError, error, refetch } = useFestivals()
  if (isLoading) {
    return (
      <div className="flex flex-col gap-y-3 px-6 py-4" aria-busy="true">
        {[0, 1, 2].map((i) => <Skeleton key={i} className="h-10 w-full" />)}
      </div>
    )
  }
  if (isError) {
    return (
      <div className="px-6 py-4">
        <Alert variant="error">
          Could not load festivals: {error.message}{" "}
          <Button size="small" variant="transparent" onClick={() => refetch()}>Retry</Button>
        </Alert>
      </div>
    )
  }
  if (!data?.festivals.length) {
    return (
      <div className="flex flex-col items-center gap-y-3 px-6 py-12">
        <Text weight="plus">还没有年货节 No festivals yet</Text>
        <Text size="small" className="text-ui-fg-subtle">Create one to set its window, products and tonnage target.</Text>
        <Button size="small" variant="secondary" onClick={onCreate}>Create festival</Button>
      </div>
    )
  }
  return (
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>标题 Title</Table.HeaderCell>
          <Table.HeaderCell>时间 Window (festival time)</Table.HeaderCell>
          <Table.HeaderCell>状态 Status</Table.HeaderCell>
          <Table.HeaderCell className="whitespace-nowrap text-right">目标 Target</Table.HeaderCell>
          <Table.HeaderCell className="whitespace-nowrap text-right">商品 Products</Table.HeaderCell>
          <Table.HeaderCell>价格表 Price list</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {data.festivals.map((festival) => <FestivalRow key={festival.id} festival={festival} />)}
      </Table.Body>
    </Table>
  )
}

const FestivalsPage = () => {
  const [creating, setCreating] = useState(false)
  const navigate = useNavigate()
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading>年货节 Festivals</Heading>
          <Text size="small" className="text-ui-fg-subtle">Sales festivals, their windows and tonnage targets</Text>
        </div>
        <Button size="small" variant="secondary" onClick={() => setCreating(true)}>
          <Plus /> Create
        </Button>
      </div>
      <Body onCreate={() => setCreating(true)} />
      <FestivalFormModal open={creating} onOpenChange={setCreating} onSaved={(f) => navigate(`/festivals/${f.id}`)} />
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Festivals / 年货节", icon: Party })

export const handle = { breadcrumb: () => "Festivals / 年货节" }

export default FestivalsPage
