import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { COOPERATIVE_MODULE } from "../../../../../../modules/cooperative"
import type CooperativeModuleService from "../../../../../../modules/cooperative/service"

/** DELETE /admin/cooperatives/:id/invites/:invite_id: withdraws an open invitation; its link stops working. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const service: CooperativeModuleService = req.scope.resolve(COOPERATIVE_MODULE)
  const [invite] = await service.listCooperativeInvites({ id: req.params.invite_id, cooperative_id: req.params.id })
  if (!invite) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cooperative ${req.params.id} has no invitation ${req.params.invite_id}`)
  }
  await service.deleteCooperativeInvites(invite.id)
  res.json({ id: invite.id, object: "cooperative_invite", deleted: true })
}
