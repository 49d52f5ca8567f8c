import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type {
  AdminCooperative,
  AdminCooperativeInviteResponse,
  AdminCooperativeMembersResponse,
  AdminCooperativeResponse,
  AdminCooperativesResponse,
} from "@tarim/contracts"
import { HANDLE_PATTERN, HANDLE_RULE } from "../../lib/rules.js"
import { sdk } from "./sdk.js"

/** A cooperative as the admin API answers it (@tarim/contracts). */
export type Cooperative = AdminCooperative

/** Body of POST /admin/cooperatives (and, without the handle, of POST /admin/cooperatives/:id). */
export type CooperativeInput = Omit<Cooperative, "id" | "created_at" | "updated_at" | "products" | "stock_locations"> & {
  stock_location_ids: string[]
}

/** The form as typed: every text as a string, the chosen warehouses by id. */
export type CooperativeDraft = Omit<CooperativeInput, "contact_name" | "contact_phone"> & {
  contact_name: string
  contact_phone: string
}

const keys = {
  all: ["cooperatives"] as const,
  list: (q: string) => [...keys.all, "list", q] as const,
  detail: (id: string) => [...keys.all, "detail", id] as const,
  members: (id: string) => [...keys.all, "members", id] as const,
}

const isMissing = (error: Error | null) => (error as (Error & { status?: number }) | null)?.status === 404

/** Retries a failed read twice, but not a 404: a deleted or mistyped cooperative stays missing. */
function retryUnlessMissing(failures: number, error: Error): boolean {
  return !isMissing(error) && failures < 2
}

/** A blank draft, or one filled from `cooperative`. */
export function draftOf(cooperative?: Cooperative): CooperativeDraft {
  return {
    handle: cooperative?.handle ?? "",
    name_zh: cooperative?.name_zh ?? "",
    name_en: cooperative?.name_en ?? "",
    place_zh: cooperative?.place_zh ?? "",
    place_en: cooperative?.place_en ?? "",
    story_zh: cooperative?.story_zh ?? "",
    story_en: cooperative?.story_en ?? "",
    contact_name: cooperative?.contact_name ?? "",
    contact_phone: cooperative?.contact_phone ?? "",
    stock_location_ids: cooperative?.stock_locations.map((l) => l.id) ?? [],
  }
}

/** The request body for a draft, or the first thing wrong with it in words an organizer can act on. */
export function toInput(d: CooperativeDraft): CooperativeInput | string {
  const t = (value: string) => value.trim()
  if (!HANDLE_PATTERN.test(d.handle)) return `Handle: ${HANDLE_RULE}, e.g. alar-12th-regiment`
  if (!t(d.name_zh) || !t(d.name_en)) return "Both names (中文 and English) are required"
  if (!t(d.place_zh) || !t(d.place_en)) return "Both places (中文 and English) are required"
  if (!t(d.story_zh) || !t(d.story_en)) return "Both stories (中文 and English) are required"
  return {
    handle: d.handle,
    name_zh: t(d.name_zh),
    name_en: t(d.name_en),
    place_zh: t(d.place_zh),
    place_en: t(d.place_en),
    story_zh: t(d.story_zh),
    story_en: t(d.story_en),
    contact_name: t(d.contact_name) || null,
    contact_phone: t(d.contact_phone) || null,
    stock_location_ids: d.stock_location_ids,
  }
}

/** Up to 100 cooperatives whose names or handle contain `q`. */
export function useCooperatives(q: string) {
  return useQuery({
    queryKey: keys.list(q),
    queryFn: () =>
      sdk.client.fetch<AdminCooperativesResponse>("/admin/cooperatives", { query: { limit: 100, q: q || undefined } }),
    placeholderData: keepPreviousData,
  })
}

export function useCooperative(id: string) {
  return useQuery({
    queryKey: keys.detail(id),
    queryFn: () => sdk.client.fetch<AdminCooperativeResponse>(`/admin/cooperatives/${id}`),
    retry: retryUnlessMissing,
  })
}

/** Every warehouse, to choose a cooperative's from. */
export function useStockLocations(enabled: boolean) {
  return useQuery({
    queryKey: ["cooperative-stock-locations"],
    queryFn: () => sdk.admin.stockLocation.list({ limit: 100, fields: "id,name" }),
    enabled,
  })
}

/** Creates a cooperative, or updates the one with `id` (its handle stays as it is). */
export function useSaveCooperative(id?: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({ handle, ...rest }: CooperativeInput) =>
      sdk.client.fetch<AdminCooperativeResponse>(id ? `/admin/cooperatives/${id}` : "/admin/cooperatives", {
        method: "POST",
        body: id ? rest : { handle, ...rest },
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.all }),
  })
}

export function useCooperativeMembers(id: string) {
  return useQuery({
    queryKey: keys.members(id),
    queryFn: () => sdk.client.fetch<AdminCooperativeMembersResponse>(`/admin/cooperatives/${id}/members`),
    retry: retryUnlessMissing,
  })
}

/** Invites, removes and withdraws on one cooperative's members; each refreshes its member list. */
export function useMemberActions(id: string) {
  const client = useQueryClient()
  const onSuccess = () => client.invalidateQueries({ queryKey: keys.members(id) })
  return {
    invite: useMutation({
      mutationFn: (email: string) =>
        sdk.client.fetch<AdminCooperativeInviteResponse>(`/admin/cooperatives/${id}/invites`, {
          method: "POST",
          body: { email },
        }),
      onSuccess,
    }),
    remove: useMutation({
      mutationFn: (memberId: string) =>
        sdk.client.fetch(`/admin/cooperatives/${id}/members/${memberId}`, { method: "DELETE" }),
      onSuccess,
    }),
    withdraw: useMutation({
      mutationFn: (inviteId: string) =>
        sdk.client.fetch(`/admin/cooperatives/${id}/invites/${inviteId}`, { method: "DELETE" }),
      onSuccess,
    }),
  }
}

/** The message of a refused request ("x is already a member of cooperative …"), or of whatever went wrong. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
