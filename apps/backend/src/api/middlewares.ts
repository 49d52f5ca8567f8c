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
import { StoreSearchProductsParams } from "./store/search/products/validators"
import { adminFestivalQueryConfig } from "./admin/festivals/query-config"
import {
  AdminCreateFestival,
  AdminFestivalReportParams,
  AdminGetFestivalsParams,
  AdminUpdateFestival,
} from "./admin/festivals/validators"

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
      matcher: "/admin/festivals",
      method: "GET",
      middlewares: [validateAndTransformQuery(AdminGetFestivalsParams, adminFestivalQueryConfig.list)],
    },
    {
      matcher: "/admin/festivals",
      method: "POST",
      middlewares: [
        validateAndTransformBody(AdminCreateFestival),
        validateAndTransformQuery(createSelectParams(), adminFestivalQueryConfig.retrieve),
      ],
    },
    {
      matcher: "/admin/festivals/:id",
      method: ["GET", "DELETE"],
      middlewares: [validateAndTransformQuery(createSelectParams(), adminFestivalQueryConfig.retrieve)],
    },
    {
      matcher: "/admin/festivals/:id",
      method: "POST",
      middlewares: [
        validateAndTransformBody(AdminUpdateFestival),
        validateAndTransformQuery(createSelectParams(), adminFestivalQueryConfig.retrieve),
      ],
    },
    {
      matcher: "/admin/festivals/:id/report",
      method: "GET",
      middlewares: [validateAndTransformQuery(AdminFestivalReportParams, { defaults: ["id"], isList: false })],
    },
    {
      matcher: "/store/search/products",
      method: "GET",
      middlewares: [validateAndTransformQuery(StoreSearchProductsParams, { defaults: ["id"], isList: false })],
    },
    {
      matcher: "/store/cooperatives",
      method: "GET",
      middlewares: [validateAndTransformQuery(StoreGetCooperativesParams, { defaults: ["id"], isList: true })],
    },
  ],
})
