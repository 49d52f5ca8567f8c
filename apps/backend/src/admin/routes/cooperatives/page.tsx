import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Buildings, Plus } from "@medusajs/icons"
import { Alert, Button, Container, Heading, Input, Label, Skeleton, Table, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { Link, useNavigate } from "react-router-dom"
import { CooperativeFormModal } from "../../components/cooperative-form-modal.js"
import { useCooperatives, type Cooperative } from "../../lib/cooperatives.js"

/** How long the search box waits for typing to pause before it asks the API. */
const SEARCH_DELAY_MS = 300

function CooperativeRow({ cooperative: c }: { cooperative: Cooperative }) {
  const navigate = useNavigate()
  return (
    <Table.Row className="cursor-pointer" onClick={() => navigate(`/cooperatives/${c.id}`)}>
      <Table.Cell>
        <Link to={`/cooperatives/${c.id}`} className="flex flex-col py-2" onClick={(e) => e.stopPropagation()}>
          <Text size="small" weight="plus" className="text-ui-fg-base">{c.name_zh}</Text>
          <Text size="small" className="text-ui-fg-subtle">{c.name_en}</Text>
        </Link>
      </Table.Cell>
      <Table.Cell>
        <div className="flex flex-col">
          <Text size="small">{c.place_zh}</Text>
          <Text size="xsmall" className="text-ui-fg-muted">{c.place_en}</Text>
        </div>
      </Table.Cell>
      <Table.Cell>
        <div className="flex flex-col">
          <Text size="small">{c.contact_name ?? "–"}</Text>
          {c.contact_phone && <Text size="xsmall" className="text-ui-fg-muted">{c.contact_phone}</Text>}
        </div>
      </Table.Cell>
      <Table.Cell className="text-right">{c.products.length}</Table.Cell>
      <Table.Cell>{c.stock_locations.map((l) => l.name).join(", ") || "–"}</Table.Cell>
    </Table.Row>
  )
}

function Body({ q, onCreate }: { q: string; onCreate: () => void }) {
  const { data, isLoading, isError, error, refetch } = useCooperatives(q)
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
          Could not load cooperatives: {error.message}{" "}
          <Button size="small" variant="transparent" onClick={() => refetch()}>Retry</Button>
        </Alert>
      </div>
    )
  }
  if (!data?.cooperatives.length) {
    return q ? (
      <div className="flex flex-col items-center gap-y-3 px-6 py-12">
        <Text weight="plus">没有匹配的合作社 No cooperative matches “{q}”</Text>
        <Text size="small" className="text-ui-fg-subtle">The search looks at the Chinese and English names and the handle.</Text>
      </div>
    ) : (
      <div className="flex flex-col items-center gap-y-3 px-6 py-12">
        <Text weight="plus">还没有合作社 No cooperatives yet</Text>
        <Text size="small" className="text-ui-fg-subtle">Create one to give its products a grower, a story and warehouses.</Text>
        <Button size="small" variant="secondary" onClick={onCreate}>Create cooperative</Button>
      </div>
    )
  }
  return (
    <>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>名称 Name</Table.HeaderCell>
            <Table.HeaderCell>地点 Place</Table.HeaderCell>
            <Table.HeaderCell>联系人 Contact</Table.HeaderCell>
            <Table.HeaderCell className="whitespace-nowrap text-right">商品 Products</Table.HeaderCell>
            <Table.HeaderCell>仓库 Warehouses</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {data.cooperatives.map((c) => <CooperativeRow key={c.id} cooperative={c} />)}
        </Table.Body>
      </Table>
      {data.count > data.cooperatives.length && (
        <Text size="xsmall" className="text-ui-fg-muted px-6 py-3">
          Showing {data.cooperatives.length} of {data.count}; search to narrow the list.
        </Text>
      )}
    </>
  )
}

const CooperativesPage = () => {
  const [creating, setCreating] = useState(false)
  const [search, setSearch] = useState("")
  const [q, setQ] = useState("")
  const navigate = useNavigate()
  useEffect(() => {
    const timer = setTimeout(() => setQ(search.trim()), SEARCH_DELAY_MS)
    return () => clearTimeout(timer)
  }, [search])
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <div>
          <Heading>合作社 Cooperatives</Heading>
          <Text size="small" className="text-ui-fg-subtle">Growers' cooperatives, their products, warehouses and managers</Text>
        </div>
        <div className="flex items-center gap-x-2">
          <Label htmlFor="cooperative-search" className="sr-only">搜索 Search cooperatives</Label>
          <Input id="cooperative-search" type="search" size="small" placeholder="搜索 Search" value={search} onChange={(e) => setSearch(e.target.value)} />
          <Button size="small" variant="secondary" onClick={() => setCreating(true)}>
            <Plus /> Create
          </Button>
        </div>
      </div>
      <Body q={q} onCreate={() => setCreating(true)} />
      <CooperativeFormModal open={creating} onOpenChange={setCreating} onSaved={(c) => navigate(`/cooperatives/${c.id}`)} />
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Cooperatives / 合作社", icon: Buildings })

export const handle = { breadcrumb: () => "Cooperatives / 合作社" }

export default CooperativesPage
