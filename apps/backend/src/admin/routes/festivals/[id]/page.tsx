import { PencilSquare, Trash } from "@medusajs/icons"
import { Alert, Button, Container, Heading, Skeleton, Text, clx, toast, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { Link, useNavigate, useParams, type LoaderFunctionArgs, type UIMatch } from "react-router-dom"
import { BreakdownTable } from "../../../components/breakdown-table.js"
import { DayChart } from "../../../components/day-chart.js"
import { FestivalFormModal } from "../../../components/festival-form-modal.js"
import { FestivalStatusBadge } from "../../../components/festival-status-badge.js"
import { ProgressPanel } from "../../../components/progress-panel.js"
import { IDLE_REFRESH_MS, LIVE_REFRESH_MS, useDeleteFestival, useFestival, useFestivalReport, type Festival } from "../../../lib/festivals.js"
import { formatTargetKg } from "../../../lib/format.js"
import { sdk } from "../../../lib/sdk.js"
import { formatWallTime } from "../../../lib/zoned-time.js"

/** Only for the breadcrumb: the page itself reads the festival through react-query. */
export async function loader({ params }: LoaderFunctionArgs) {
  const festival = await sdk.client
    .fetch<{ festival: Festival }>(`/admin/festivals/${params.id}`, { query: { fields: "id,title_zh" } })
    .then((r) => r.festival)
    .catch(() => null)
  return { title: festival?.title_zh ?? null }
}

export const handle = {
  breadcrumb: (match: UIMatch<{ title: string | null }>) => match.data?.title ?? match.params.id,
}

function Header({ festival, updatedAt, stale }: { festival: Festival; updatedAt: number; stale: boolean }) {
  const [editing, setEditing] = useState(false)
  const navigate = useNavigate()
  const prompt = usePrompt()
  const remove = useDeleteFestival(festival.id)

  const onDelete = async () => {
    const confirmed = await prompt({
      title: `删除 Delete “${festival.title_zh}”?`,
      description: "The festival, its product links and its tonnage target are deleted. Orders already placed are not touched. This cannot be undone.",
      confirmText: "Delete",
      cancelText: "Cancel",
      variant: "danger",
    })
    if (!confirmed) return
    try {
      await remove.mutateAsync()
      toast.success("Festival deleted", { description: festival.title_zh })
      navigate("/festivals")
    } catch (err) {
      toast.error("Could not delete the festival", { description: err instanceof Error ? err.message : String(err) })
    }
  }

  return (
    <Container className="flex items-start justify-between gap-x-4 px-6 py-4">
      <div className="flex flex-col gap-y-1">
        <div className="flex items-center gap-x-3">
          <Heading>{festival.title_zh}</Heading>
          <FestivalStatusBadge status={festival.status} />
        </div>
        <Text size="small" className="text-ui-fg-subtle">{festival.title_en}</Text>
        <Text size="small" className="text-ui-fg-muted">
          {formatWallTime(festival.starts_at, festival.timezone)} → {formatWallTime(festival.ends_at, festival.timezone)} ({festival.timezone})
        </Text>
        <Text size="small" className="text-ui-fg-muted">
          目标 target {formatTargetKg(festival.target_kg)} · {festival.products.length} products
          {festival.price_list ? ` · 价格表 ${festival.price_list.title}` : ""} · handle {festival.handle}
        </Text>
      </div>
      <div className="flex shrink-0 flex-col items-end gap-y-2">
        <div className="flex gap-x-2">
          <Button size="small" variant="secondary" onClick={() => setEditing(true)}>
            <PencilSquare /> Edit
          </Button>
          <Button size="small" variant="danger" onClick={onDelete} isLoading={remove.isPending}>
            <Trash /> Delete
          </Button>
        </div>
        <Text size="xsmall" className="text-ui-fg-muted flex items-center gap-x-1.5" aria-live="polite">
          <span
            className={clx(
              "h-2 w-2 rounded-full",
              stale ? "bg-ui-tag-orange-icon" : festival.status === "live" ? "bg-ui-tag-green-icon animate-pulse" : "bg-ui-tag-grey-icon"
            )}
          />
          {stale
            ? "Refresh failed, retrying"
            : `Refreshing every ${(festival.status === "live" ? LIVE_REFRESH_MS : IDLE_REFRESH_MS) / 1000} s`}{" "}
          · updated {new Date(updatedAt).toLocaleTimeString("zh-CN")}
        </Text>
      </div>
      <FestivalFormModal open={editing} onOpenChange={setEditing} festival={festival} />
    </Container>
  )
}

const FestivalDashboardPage = () => {
  const { id } = useParams() as { id: string }
  const festival = useFestival(id)
  const report = useFestivalReport(id, festival.data?.festival.status === "live")

  if (festival.isError && !festival.data) {
    return (
      <Container className="flex flex-col items-start gap-y-3 px-6 py-4">
        <Alert variant="error">Could not load the festival: {festival.error.message}</Alert>
        <Link to="/festivals" className="txt-compact-small text-ui-fg-interactive">← Back to festivals</Link>
      </Container>
    )
  }
  if (!festival.data || !report.data) {
    return (
      <div className="flex flex-col gap-y-3" aria-busy="true">
        <Skeleton className="h-24 w-full" />
        <Skeleton className="h-48 w-full" />
        <Skeleton className="h-64 w-full" />
        {report.isError && <Alert variant="error">Could not load the report: {report.error.message}</Alert>}
      </div>
    )
  }

  const f = festival.data.festival
  const r = report.data.report
  const tables = [
    { by: "category", title: "按品类 By category", column: "品类 Category" },
    { by: "cooperative", title: "按合作社 By cooperative", column: "合作社 Cooperative" },
    { by: "product", title: "按商品 By product", column: "商品 Product" },
  ] as const
  return (
    <div className="flex flex-col gap-y-3">
      <Header festival={f} updatedAt={report.dataUpdatedAt} stale={report.isError} />
      <ProgressPanel report={r} />
      <DayChart festival={f} days={r.breakdowns.day ?? []} />
      {tables.map(({ by, title, column }) => (
        <BreakdownTable key={by} festival={f} by={by} title={title} column={column} rows={r.breakdowns[by] ?? []} totalGrams={r.totals.grams} />
      ))}
    </div>
  )
}

export default FestivalDashboardPage
