import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminFestivalReportResponse } from "@tarim/contracts"
import { formatCsv } from "@tarim/tonnage"
import { festivalReport } from "../../../../../lib/festival-report"
import type { AdminFestivalReportParamsType } from "../../validators"

/**
 * GET /admin/festivals/:id/report?by=day,category&format=json|csv&presale=only|exclude — the same figures as
 * `tarim-tonnage report --festival <handle>`; CSV is UTF-8 with a BOM so Excel shows Chinese.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { by, format, presale } = req.validatedQuery as AdminFestivalReportParamsType
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [festival],
  } = await query.graph({ entity: "festival", fields: ["handle"], filters: { id: req.params.id } }, { throwIfKeyNotFound: true })
  const report = await festivalReport(req.scope, festival.handle, by, presale)
  if (format === "csv") {
    res.setHeader("Content-Type", "text/csv; charset=utf-8")
    res.setHeader("Content-Disposition", `attachment; filename="${festival.handle}-tonnage.csv"`)
    res.send(formatCsv(report))
    return
  }
  const body: AdminFestivalReportResponse = { report }
  res.json(body)
}
