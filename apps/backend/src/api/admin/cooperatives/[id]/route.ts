import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminCooperative, AdminCooperativeResponse } from "@tarim/contracts"
import { deleteCooperativeWorkflow } from "../../../../workflows/delete-cooperative"
import { updateCooperativeWorkflow } from "../../../../workflows/update-cooperative"
import type { AdminUpdateCooperativeType } from "../validators"

async function retrieve(req: AuthenticatedMedusaRequest, id: string): Promise<AdminCooperative> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [cooperative],
  } = await query.graph(
    { entity: "cooperative", fields: req.queryConfig.fields, filters: { id } },
    { throwIfKeyNotFound: true }
  )
  // JSON turns the graph's dates into the ISO strings the contract declares.
  return cooperative as AdminCooperative
}

/** GET /admin/cooperatives/:id */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminCooperativeResponse>) {
  res.json({ cooperative: await retrieve(req, req.params.id) })
}

/** POST /admin/cooperatives/:id: partial update; `product_ids` / `stock_location_ids` replace the linked sets. */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminUpdateCooperativeType>,
  res: MedusaResponse<AdminCooperativeResponse>
) {
  await updateCooperativeWorkflow(req.scope).run({ input: { ...req.validatedBody, id: req.params.id } })
  res.json({ cooperative: await retrieve(req, req.params.id) })
}

/** DELETE /admin/cooperatives/:id: its products and warehouses stay, unlinked. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await deleteCooperativeWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json(result)
}
