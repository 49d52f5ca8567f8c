import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminCooperative, AdminCooperativeResponse, AdminCooperativesResponse } from "@tarim/contracts"
import { createCooperativesWorkflow } from "../../../workflows/create-cooperatives"
import type { AdminCreateCooperativeType } from "./validators"

/** GET /admin/cooperatives: paginated list, `q` matches names and handle. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminCooperativesResponse>) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { q } = req.validatedQuery as { q?: string }
  const { data: cooperatives, metadata } = await query.graph({
    entity: "cooperative",
    fields: req.queryConfig.fields,
    filters: q ? { $or: [{ name_zh: { $ilike: `%${q}%` } }, { name_en: { $ilike: `%${q}%` } }, { handle: { $ilike: `%${q}%` } }] } : {},
    pagination: req.queryConfig.pagination,
  })
  // As AdminCooperative: JSON turns the graph's dates into the ISO strings the contract declares.
  res.json({
    cooperatives: cooperatives as AdminCooperative[],
    count: metadata?.count ?? 0,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? 0,
  })
}

/** POST /admin/cooperatives: create one, optionally with its products and stock locations. */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminCreateCooperativeType>,
  res: MedusaResponse<AdminCooperativeResponse>
) {
  const { result } = await createCooperativesWorkflow(req.scope).run({ input: { cooperatives: [req.validatedBody] } })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [cooperative],
  } = await query.graph({ entity: "cooperative", fields: req.queryConfig.fields, filters: { id: result[0].id } })
  res.status(201).json({ cooperative: cooperative as AdminCooperative })
}
