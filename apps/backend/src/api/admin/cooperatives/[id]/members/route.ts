import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminCooperativeMembersResponse } from "@tarim/contracts"
import { COOPERATIVE_MODULE } from "../../../../../modules/cooperative"
import type CooperativeModuleService from "../../../../../modules/cooperative/service"

/** GET /admin/cooperatives/:id/members: its members and the invitations still open. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminCooperativeMembersResponse>) {
  const service: CooperativeModuleService = req.scope.resolve(COOPERATIVE_MODULE)
  const cooperative = await service.retrieveCooperative(req.params.id)
  const [members, invites] = await Promise.all([
    service.listCooperativeMembers({ cooperative_id: cooperative.id }, { order: { created_at: "ASC" } }),
    service.listCooperativeInvites(
      { cooperative_id: cooperative.id, accepted_at: null, expires_at: { $gt: new Date() } },
      { order: { created_at: "ASC" } }
    ),
  ])
  res.json({
    members: members.map((m) => ({ id: m.id, email: m.email, name: m.name, created_at: new Date(m.created_at).toISOString() })),
    invites: invites.map((i) => ({
      id: i.id,
      email: i.email,
      expires_at: new Date(i.expires_at).toISOString(),
      created_at: new Date(i.created_at).toISOString(),
    })),
  })
}
