import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminFestivalResponse } from "@tarim/contracts"
import { deleteFestivalWorkflow } from "../../../../workflows/delete-festival"
import { updateFestivalWorkflow } from "../../../../workflows/update-festival"
import { presentAdminFestival } from "../query-config"
import type { AdminUpdateFestivalType } from "../validators"

async function retrieve(req: AuthenticatedMedusaRequest, id: string): Promise<AdminFestivalResponse> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [festival],
  } = await query.graph({ entity: "festival", fields: req.queryConfig.fields, filters: { id } }, { throwIfKeyNotFound: true })
  return { festival: presentAdminFestival(festival as any) }
}

/** GET /admin/festivals/:id */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json(await retrieve(req, req.params.id))
}

/** POST /admin/festivals/:id: partial update. */
export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateFestivalType>, res: MedusaResponse) {
  await updateFestivalWorkflow(req.scope).run({ input: { ...req.validatedBody, id: req.params.id } })
  res.json(await retrieve(req, req.params.id))
}

/** DELETE /admin/festivals/:id */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await deleteFestivalWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json(result)
}
