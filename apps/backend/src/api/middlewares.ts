import {
  defineMiddlewares,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { rejectBadPaging } from "./paging-guard"
import { adminCooperativeQueryConfig } from "./admin/cooperatives/query-config"
import {
  AdminCreateCooperative,
  AdminGetCooperativesParams,
  AdminUpdateCooperative,
} from "./admin/cooperatives/validators"
import { StoreGetCooperativesParams } from "./store/cooperatives/validators"

/** Lets the storefront ask for the linked cooperative and produce facts on Medusa's store product routes. */
function allowProduceFields(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  ;(req.allowed ??= []).push("cooperative", "produce_facts")
  next()
}

export default defineMiddlewares({
  routes: [
    { matcher: "/store*", middlewares: [rejectBadPaging] },
    { matcher: "/admin*", middlewares: [rejectBadPaging] },
    { matcher: "/store/products*", middlewares: [allowProduceFields] },
    {
      matcher: "/admin/cooperatives",
      method: "GET",
      middlewares: [validateAndTransformQuery(AdminGetCooperativesParams, adminCooperativeQueryConfig.list)],
    },
    {
      matcher: "/admin/cooperatives",
      method: "POST",
      middlewares: [
        validateAndTransformBody(AdminCreateCooperative),
        validateAndTransformQuery(createSelectParams(), adminCooperativeQueryConfig.retrieve),
      ],
    },
    {
      matcher: "/admin/cooperatives/:id",
      method: ["GET", "DELETE"],
      middlewares: [validateAndTransformQuery(createSelectParams(), adminCooperativeQueryConfig.retrieve)],
    },
    {
      matcher: "/admin/cooperatives/:id",
      method: "POST",
      middlewares: [
        validateAndTransformBody(AdminUpdateCooperative),
        validateAndTransformQuery(createSelectParams(), adminCooperativeQueryConfig.retrieve),
      ],
    },
    {
      matcher: "/store/cooperatives",
      method: "GET",
      middlewares: [validateAndTransformQuery(StoreGetCooperativesParams, { defaults: ["id"], isList: true })],
    },
  ],
})
