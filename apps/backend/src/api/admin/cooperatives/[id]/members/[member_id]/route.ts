import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { removeCooperativeMemberWorkflow } from "../../../../../../workflows/remove-cooperative-member"

/** DELETE /admin/cooperatives/:id/members/:member_id: the member's login stops reaching the co-op portal at once. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await removeCooperativeMemberWorkflow(req.scope).run({
    input: { cooperative_id: req.params.id, member_id: req.params.member_id },
  })
  res.json(result)
}
