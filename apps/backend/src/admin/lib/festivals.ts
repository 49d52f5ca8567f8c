import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type { AdminFestival, AdminFestivalReportResponse, AdminFestivalResponse, AdminFestivalsResponse, Dimension } from "@tarim/contracts"
import { sdk } from "./sdk.js"

export type { BreakdownRow, Dimension } from "@tarim/contracts"

/** A festival as the admin API answers it (@tarim/contracts). */
export type Festival = AdminFestival

/** Body of POST /admin/festivals (and, partially, of POST /admin/festivals/:id). */
export type FestivalInput = Omit<Festival, "id" | "status" | "products" | "price_list"> & {
  product_ids: string[]
  price_list_id: string | null
}

/** The tonnage report of GET /admin/festivals/:id/report: @tarim/tonnage's Report. */
export type FestivalReport = AdminFestivalReportResponse["report"]

/** How often the dashboard asks for fresh figures. */
export const LIVE_REFRESH_MS = 5_000
/** Before and after its window a festival's figures hardly move (returns, late edits). */
export const IDLE_REFRESH_MS = 60_000

const keys = {
  all: ["festivals"] as const,
  list: () => [...keys.all, "list"] as const,
  detail: (id: string) => [...keys.all, "detail", id] as const,
  report: (id: string) => [...keys.all, "report", id] as const,
}

const isMissing = (error: Error | null) => (error as (Error & { status?: number }) | null)?.status === 404

/** Retries a failed read twice, but not a 404: a deleted or mistyped festival stays missing. */
function retryUnlessMissing(failures: number, error: Error): boolean {
  return !isMissing(error) && failures < 2
}

export function useFestivals() {
  return useQuery({
    queryKey: keys.list(),
    queryFn: () =>
      sdk.client.fetch<AdminFestivalsResponse>("/admin/festivals", { query: { limit: 100 } }),
  })
}

export function useFestival(id: string) {
  return useQuery({
    queryKey: keys.detail(id),
    queryFn: () => sdk.client.fetch<AdminFestivalResponse>(`/admin/festivals/${id}`),
    // Also notices the status turning from upcoming to live.
    refetchInterval: (query) => (isMissing(query.state.error) ? false : LIVE_REFRESH_MS),
    retry: retryUnlessMissing,
  })
}

/** Every breakdown; refreshed every few seconds while the festival is live, every minute otherwise. */
export function useFestivalReport(id: string, live: boolean) {
  return useQuery({
    queryKey: keys.report(id),
    queryFn: () =>
      sdk.client.fetch<AdminFestivalReportResponse>(`/admin/festivals/${id}/report`, {
        query: { by: "day,category,cooperative,product" },
      }),
    refetchInterval: (query) => (isMissing(query.state.error) ? false : live ? LIVE_REFRESH_MS : IDLE_REFRESH_MS),
    placeholderData: keepPreviousData,
    retry: retryUnlessMissing,
  })
}

/** Creates a festival, or updates the one with `id`. */
export function useSaveFestival(id?: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: FestivalInput) =>
      sdk.client.fetch<AdminFestivalResponse>(id ? `/admin/festivals/${id}` : "/admin/festivals", {
        method: "POST",
        body,
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.all }),
  })
}

export function useDeleteFestival(id: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: () => sdk.client.fetch(`/admin/festivals/${id}`, { method: "DELETE" }),
    onSuccess: () => {
      client.removeQueries({ queryKey: keys.detail(id) })
      client.removeQueries({ queryKey: keys.report(id) })
      return client.invalidateQueries({ queryKey: keys.list() })
    },
  })
}

/** Fetches one breakdown as CSV (with the session cookie) and hands it to the browser as a download. */
export async function downloadReportCsv(festival: Pick<Festival, "id" | "handle">, by: Dimension): Promise<void> {
  const response = await sdk.client.fetch<Response>(`/admin/festivals/${festival.id}/report`, {
    query: { by, format: "csv" },
    headers: { accept: "text/csv" },
  })
  const url = URL.createObjectURL(await response.blob())
  const link = document.createElement("a")
  link.href = url
  link.download = `${festival.handle}-${by}.csv`
  document.body.appendChild(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1_000)
}
