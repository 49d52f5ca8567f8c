import type {
  AdminFestival,
  CheckoutSoldOut,
  FestivalProgress,
  Report,
  StoreCooperativeFields,
  StoreCooperativeProduct,
  StoreFestivalResponse,
  StoreSearchProductsResponse,
} from "@tarim/contracts"
import { presentAdminFestival } from "../../src/api/admin/festivals/query-config"
import { soldOutLines } from "../../src/api/store/carts/[id]/complete/cart-stock"
import { cooperativeFields, presentCooperativeProduct } from "../../src/api/store/cooperatives/helpers"
import { presentFestival } from "../../src/api/store/festivals/helpers"
import { festivalProgress, festivalReport } from "../../src/lib/festival-report"
import { searchProducts } from "../../src/search/_store-search"

// Checked by `npm run typecheck` (tsc): each function that builds a route's answer returns exactly the shape
// @tarim/contracts declares, which the admin and the storefront read. A drift on either side fails the typecheck.
describe("the custom routes answer the shapes declared in @tarim/contracts", () => {
  it("festivals, their progress and the tonnage report", () => {
    expectTypeOf(presentFestival).returns.resolves.toEqualTypeOf<StoreFestivalResponse["festival"]>()
    expectTypeOf(festivalProgress).returns.resolves.toEqualTypeOf<FestivalProgress>()
    expectTypeOf(presentAdminFestival).returns.toEqualTypeOf<AdminFestival>()
    expectTypeOf(festivalReport).returns.resolves.toEqualTypeOf<Report>()
  })

  it("search, cooperatives and the checkout's sold-out lines", () => {
    expectTypeOf(searchProducts).returns.resolves.toEqualTypeOf<StoreSearchProductsResponse>()
    expectTypeOf(cooperativeFields).returns.toEqualTypeOf<StoreCooperativeFields>()
    expectTypeOf(presentCooperativeProduct).returns.toEqualTypeOf<StoreCooperativeProduct>()
    expectTypeOf(soldOutLines).returns.toEqualTypeOf<CheckoutSoldOut["lines"]>()
  })
})
