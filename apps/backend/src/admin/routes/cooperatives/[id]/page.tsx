import { PencilSquare } from "@medusajs/icons"
import { Alert, Button, Container, Heading, Skeleton, Text } from "@medusajs/ui"
import { useState, type ReactNode } from "react"
import { Link, useParams, type LoaderFunctionArgs, type UIMatch } from "react-router-dom"
import { CooperativeFormModal } from "../../../components/cooperative-form-modal.js"
import { CooperativeMembers } from "../../../components/cooperative-members.js"
import { useCooperative, type Cooperative } from "../../../lib/cooperatives.js"
import { sdk } from "../../../lib/sdk.js"

/** Only for the breadcrumb: the page itself reads the cooperative through react-query. */
export async function loader({ params }: LoaderFunctionArgs) {
  const cooperative = await sdk.client
    .fetch<{ cooperative: Cooperative }>(`/admin/cooperatives/${params.id}`, { query: { fields: "id,name_zh" } })
    .then((r) => r.cooperative)
    .catch(() => null)
  return { name: cooperative?.name_zh ?? null }
}

export const handle = {
  breadcrumb: (match: UIMatch<{ name: string | null }>) => match.data?.name ?? match.params.id,
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-[160px_1fr] gap-x-4 px-6 py-3">
      <Text size="small" weight="plus" className="text-ui-fg-subtle">{label}</Text>
      <div className="txt-small flex flex-col gap-y-1">{children}</div>
    </div>
  )
}

function Details({ cooperative: c }: { cooperative: Cooperative }) {
  const [editing, setEditing] = useState(false)
  return (
    <Container className="divide-y p-0">
      <div className="flex items-start justify-between gap-x-4 px-6 py-4">
        <div className="flex flex-col gap-y-1">
          <Heading>{c.name_zh}</Heading>
          <Text size="small" className="text-ui-fg-subtle">{c.name_en}</Text>
          <Text size="small" className="text-ui-fg-muted">handle {c.handle}</Text>
        </div>
        <Button size="small" variant="secondary" onClick={() => setEditing(true)}>
          <PencilSquare /> Edit
        </Button>
      </div>
      <Fact label="地点 Place">
        <span>{c.place_zh}</span>
        <span className="text-ui-fg-subtle">{c.place_en}</span>
      </Fact>
      <Fact label="故事 Story">
        <p className="whitespace-pre-line">{c.story_zh}</p>
        <p className="text-ui-fg-subtle whitespace-pre-line">{c.story_en}</p>
      </Fact>
      <Fact label="联系人 Contact">
        <span>{c.contact_name ?? "–"}</span>
        {c.contact_phone && <span className="text-ui-fg-subtle">{c.contact_phone}</span>}
      </Fact>
      <Fact label="仓库 Warehouses">
        {c.stock_locations.length ? c.stock_locations.map((l) => <span key={l.id}>{l.name}</span>) : <span className="text-ui-fg-muted">None: Edit to choose where it ships from</span>}
      </Fact>
      <CooperativeFormModal open={editing} onOpenChange={setEditing} cooperative={c} />
    </Container>
  )
}

function Products({ cooperative: c }: { cooperative: Cooperative }) {
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">商品 Products</Heading>
        <Text size="small" className="text-ui-fg-subtle">{c.products.length} products from this cooperative</Text>
      </div>
      {c.products.length ? (
        <ul className="divide-y">
          {c.products.map((p) => (
            <li key={p.id} className="px-6 py-3">
              <Link to={`/products/${p.id}`} className="txt-compact-small text-ui-fg-interactive hover:text-ui-fg-interactive-hover">
                {p.title}
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <Text size="small" className="text-ui-fg-muted px-6 py-4">No products linked yet.</Text>
      )}
    </Container>
  )
}

const CooperativePage = () => {
  const { id } = useParams() as { id: string }
  const { data, isError, error } = useCooperative(id)

  if (isError && !data) {
    return (
      <Container className="flex flex-col items-start gap-y-3 px-6 py-4">
        <Alert variant="error">Could not load the cooperative: {error.message}</Alert>
        <Link to="/cooperatives" className="txt-compact-small text-ui-fg-interactive">← Back to cooperatives</Link>
      </Container>
    )
  }
  if (!data) {
    return (
      <div className="flex flex-col gap-y-3" aria-busy="true">
        <Skeleton className="h-48 w-full" />
        <Skeleton className="h-24 w-full" />
        <Skeleton className="h-32 w-full" />
      </div>
    )
  }
  return (
    <div className="flex flex-col gap-y-3">
      <Details cooperative={data.cooperative} />
      <Products cooperative={data.cooperative} />
      <CooperativeMembers cooperative={data.cooperative} />
    </div>
  )
}

export default CooperativePage
