import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminFestivalResponse, AdminFestivalsResponse } from "@tarim/contracts"
import { createFestivalWorkflow } from "../../../workflows/create-festival"
import { presentAdminFestival } from "./query-config"
import type { AdminCreateFestivalType } from "./validators"

/** GET /admin/festivals: newest first, each with its status. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "festival",
    fields: req.queryConfig.fields,
    pagination: { ...req.queryConfig.pagination, order: { starts_at: "DESC" } },
  })
  const body: AdminFestivalsResponse = {
    festivals: data.map((f) => presentAdminFestival(f as any)),
    count: metadata?.count ?? 0,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? 0,
  }
  res.json(body)
}

/** POST /admin/festivals: create with its products and (optionally) its price list. */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreateFestivalType>, res: MedusaResponse) {
  const { result } = await createFestivalWorkflow(req.scope).run({ input: req.validatedBody })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [festival],
  } = await query.graph({ entity: "festival", fields: req.queryConfig.fields, filters: { id: result.id } })
  const body: AdminFestivalResponse = { festival: presentAdminFestival(festival as any) }
  res.status(201).json(body)
}
