import {
  authenticate,
  defineMiddlewares,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { throttleLogins } from "./login-throttle"
import { answerBrokenEscapes, rejectBadPaging, rejectNulCharacters, takesNoQuery } from "./paging-guard"
import { CoopInviteAccept, CoopInviteLookup } from "./coop-invites/validators"
import { CoopGetOrdersParams, CoopShipLines } from "./coop/orders/validators"
import { CoopUpdateProduct } from "./coop/products/validators"
import { requireCoopMember } from "./coop/scope"
import { CoopAdjustStock, CoopImportStock } from "./coop/stock/validators"
import { adminCooperativeQueryConfig } from "./admin/cooperatives/query-config"
import {
  AdminCreateCooperative,
  AdminGetCooperativesParams,
  AdminInviteCooperativeMember,
  AdminUpdateCooperative,
} from "./admin/cooperatives/validators"
import { StoreGetCooperativesParams } from "./store/cooperatives/validators"
import { AdminSetPresale } from "./admin/products/[id]/presale/validators"
import { StoreOrderAccess } from "./store/orders/validators"
import { cartsOfCustomersStayTheirs } from "./store/carts/owner-guard"
import { refuseUnstockedParts } from "./admin/orders/fulfillment-guard"
import { StoreSearchProductsParams } from "./store/search/products/validators"
import { adminFestivalQueryConfig } from "./admin/festivals/query-config"
import {
  AdminCreateFestival,
  AdminFestivalReportParams,
  AdminGetFestivalsParams,
  AdminUpdateFestival,
} from "./admin/festivals/validators"

/** Lets the storefront ask for the linked cooperative, produce facts and pre-sale terms on Medusa's store product routes. */
function allowProduceFields(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  ;(req.allowed ??= []).push("cooperative", "produce_facts", "variants.presale")
  next()
}

/** Lets the storefront show a cart line's pre-sale date (its variant's pre-sale terms) on Medusa's cart routes. */
function allowPresaleOnLines(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  ;(req.allowed ??= []).push("items.variant.presale")
  next()
}

/** Co-op accounts come only from invitations (POST /coop-invites/accept), never from Medusa's open register route. */
function refuseCoopSelfRegistration(_req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  next(new MedusaError(MedusaError.Types.FORBIDDEN, "Co-op accounts are created from an invitation; ask the festival organizer for one"))
}

/** Reads a shopper's session or token when there is one; anonymous requests go on as before. */
const optionalCustomer = authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true })

export default defineMiddlewares({
  errorHandler: answerBrokenEscapes,
  routes: [
    { matcher: "/store*", middlewares: [rejectNulCharacters, rejectBadPaging] },
    { matcher: "/admin*", middlewares: [rejectNulCharacters, rejectBadPaging] },
    { matcher: "/auth*", middlewares: [rejectNulCharacters] },
    { matcher: "/coop*", middlewares: [rejectNulCharacters] },
    // A co-op member's token reaches only /coop routes (Medusa's /admin and /store/customers routes accept other
    // actor types), and every /coop route is scoped to the member's own cooperative.
    { matcher: "/coop/*", middlewares: [authenticate("coop_member", "bearer"), requireCoopMember, rejectBadPaging] },
    { matcher: "/auth/coop_member/:auth_provider/register", middlewares: [refuseCoopSelfRegistration] },
    // Password guessing meets a 429 (src/api/login-throttle.ts) on every sign-in route.
    { matcher: "/auth/:actor_type/:auth_provider", method: "POST", middlewares: [throttleLogins] },
    ...["/coop/me", "/coop/dashboard", "/coop/stock", "/coop/stock/export", "/store/products/:id/contents"].map((matcher) => ({
      matcher,
      method: "GET" as const,
      middlewares: [takesNoQuery],
    })),
    { matcher: "/coop/products/:id", method: "POST", middlewares: [validateAndTransformBody(CoopUpdateProduct)] },
    { matcher: "/coop/stock/adjustments", method: "POST", middlewares: [validateAndTransformBody(CoopAdjustStock)] },
    {
      matcher: "/coop/stock/import",
      method: "POST",
      bodyParser: { sizeLimit: "2mb" },
      middlewares: [validateAndTransformBody(CoopImportStock)],
    },
    {
      matcher: "/coop/orders",
      method: "GET",
      middlewares: [validateAndTransformQuery(CoopGetOrdersParams, { defaults: ["id"], isList: true })],
    },
    { matcher: "/coop/orders/:id/shipments", method: "POST", middlewares: [validateAndTransformBody(CoopShipLines)] },
    { matcher: "/coop-invites/lookup", method: "POST", middlewares: [validateAndTransformBody(CoopInviteLookup)] },
    { matcher: "/coop-invites/accept", method: "POST", middlewares: [throttleLogins, validateAndTransformBody(CoopInviteAccept)] },
    {
      matcher: "/admin/cooperatives/:id/invites",
      method: "POST",
      middlewares: [validateAndTransformBody(AdminInviteCooperativeMember)],
    },
    { matcher: "/store/products*", middlewares: [allowProduceFields] },
    { matcher: "/store/carts*", middlewares: [allowPresaleOnLines] },
    // A gift box ships only from a warehouse holding all its parts (src/lib/fulfillment-stock.ts).
    { matcher: "/admin/orders/:id/fulfillments", method: "POST", middlewares: [refuseUnstockedParts] },
    // A registered customer's cart answers only to them (src/api/store/carts/owner-guard.ts).
    ...["/store/carts/:id", "/store/carts/:id/*"].map((matcher) => ({
      matcher,
      middlewares: [optionalCustomer, cartsOfCustomersStayTheirs],
    })),
    // An order's personal details only for the customer who placed it (src/api/store/orders/[id]/route.ts).
    {
      matcher: "/store/orders/:id",
      method: "GET",
      middlewares: [optionalCustomer],
    },
    { matcher: "/store/orders/:id/access", method: "POST", middlewares: [throttleLogins, validateAndTransformBody(StoreOrderAccess)] },
    { matcher: "/admin/products/:id/presale", method: "POST", middlewares: [validateAndTransformBody(AdminSetPresale)] },
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
