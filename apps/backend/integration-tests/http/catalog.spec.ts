import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { seedDemoCatalog } from "../../src/scripts/seed"
import { SEED_PRODUCTS } from "../../src/scripts/seed/catalog"
import { SEED_CATEGORIES, SEED_COOPERATIVES } from "../../src/scripts/seed/cooperatives"
import { storeHeaders } from "../helpers"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: { headers: Record<string, string> }
    let regionId: string

    beforeAll(async () => {
      const { seeded } = await seedDemoCatalog(getContainer(), { demoOrders: 0 })
      expect(seeded).toBe(true)
      store = await storeHeaders(getContainer())
      const { data } = await api.get("/store/regions", store)
      regionId = data.regions[0].id
    })

    describe("seed", () => {
      it("creates the China region in CNY with the two shipping options", async () => {
        const { data } = await api.get("/store/regions", store)
        expect(data.regions).toHaveLength(1)
        expect(data.regions[0]).toMatchObject({ currency_code: "cny", name: "中国大陆" })
        expect(data.regions[0].countries.map((c: any) => c.iso_2)).toEqual(["cn"])

        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data: options } = await query.graph({
          entity: "shipping_option",
          fields: ["name", "prices.amount", "prices.currency_code"],
        })
        const byName = Object.fromEntries(options.map((o: any) => [o.name, o]))
        expect(Object.keys(byName).sort()).toEqual(["冷链快递", "普通快递"])
        expect(byName["普通快递"].prices.find((p: any) => p.currency_code === "cny").amount).toBe(12)
        expect(byName["冷链快递"].prices.find((p: any) => p.currency_code === "cny").amount).toBe(28)
      })

      it("a second run adds nothing", async () => {
        const container = getContainer()
        const before = await container.resolve(Modules.PRODUCT).listProducts({}, { select: ["id"] })
        expect(await seedDemoCatalog(container)).toEqual({ seeded: false })
        const after = await container.resolve(Modules.PRODUCT).listProducts({}, { select: ["id"] })
        expect(after.length).toBe(before.length)
        expect((await container.resolve(Modules.STOCK_LOCATION).listStockLocations({})).length).toBe(4)
        expect((await container.resolve(Modules.SALES_CHANNEL).listSalesChannels({})).length).toBe(1)
      })

      it("puts every product in one of six categories and under one cooperative", async () => {
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data: products } = await query.graph({
          entity: "product",
          fields: ["handle", "categories.name", "cooperative.handle", "produce_facts.origin_zh"],
        })
        expect(products).toHaveLength(17)
        const categoryNames = new Set(products.map((p: any) => p.categories[0].name))
        expect([...categoryNames].sort()).toEqual(SEED_CATEGORIES.map((c) => c.name_zh).sort())
        const coopHandles = new Set(products.map((p: any) => p.cooperative?.handle))
        expect(coopHandles.size).toBe(4)
        expect(coopHandles.has(undefined)).toBe(false)
        expect(products.every((p: any) => p.produce_facts?.origin_zh?.startsWith("新疆"))).toBe(true)
      })

      it("stocks each variant at its cooperative's warehouse", async () => {
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data: levels } = await query.graph({
          entity: "inventory_level",
          fields: ["stocked_quantity", "location_id", "inventory_item.sku"],
        })
        const { data: locations } = await query.graph({ entity: "stock_location", fields: ["id", "name"] })
        const nameOf = new Map(locations.map((l: any) => [l.id, l.name]))
        const perLocation: Record<string, number> = {}
        for (const level of levels) {
          const name = nameOf.get(level.location_id) as string
          perLocation[name] = (perLocation[name] ?? 0) + Number(level.stocked_quantity)
        }
        // Seed data → expected units per warehouse.
        const expected: Record<string, number> = {}
        for (const p of SEED_PRODUCTS) {
          const name = SEED_COOPERATIVES.find((c) => c.handle === p.cooperative)!.location.name
          expected[name] = (expected[name] ?? 0) + p.variants.reduce((n, v) => n + (v.stock ?? 0), 0)
        }
        expect(perLocation).toEqual(expected)
        expect(Object.keys(perLocation)).toHaveLength(4)
        const junzao5kg = levels.find((l: any) => l.inventory_item.sku === "alar-junzao-jujube-special-5000g")
        expect(junzao5kg!.stocked_quantity).toBe(80)
        expect(nameOf.get(junzao5kg!.location_id)).toBe("十二团仓 · 12th Regiment warehouse")
      })
    })

    describe("GET /store/products", () => {
      it("lists 17 products with CNY prices and net weights in grams", async () => {
        const { data } = await api.get(
          `/store/products?limit=50&region_id=${regionId}&fields=*variants.calculated_price`,
          store
        )
        expect(data.count).toBe(17)
        for (const product of data.products) {
          expect(product.variants.length).toBeGreaterThanOrEqual(2)
          expect(product.variants.length).toBeLessThanOrEqual(4)
          for (const variant of product.variants) {
            expect(Number.isInteger(variant.weight)).toBe(true)
            expect(variant.weight).toBeGreaterThanOrEqual(500)
            expect(variant.calculated_price.currency_code).toBe("cny")
            expect(variant.calculated_price.calculated_amount).toBeGreaterThan(0)
          }
        }
        const junzao = data.products.find((p: any) => p.handle === "alar-junzao-jujube-special")
        expect(junzao.title).toBe("阿拉尔骏枣 特级")
        const fiveKg = junzao.variants.find((v: any) => v.weight === 5000)
        expect(fiveKg.title).toBe("5 kg")
        expect(fiveKg.calculated_price.original_amount).toBe(188)
        expect(fiveKg.calculated_price.calculated_amount).toBe(169) // the festival price list: 10 % off
        expect(junzao.thumbnail).toMatch(/\/static\/.+alar-junzao-jujube-special\.svg$/)
      })

      it("returns English titles for locale en-US", async () => {
        const { data } = await api.get("/store/products?handle=korla-fragrant-pear&locale=en-US", store)
        expect(data.products[0].title).toBe("Korla Fragrant Pears")
        expect(data.products[0].description).toContain("cold-chain")
      })

      it("returns produce facts and the cooperative when asked", async () => {
        const { data } = await api.get(
          "/store/products?handle=korla-fragrant-pear&fields=handle,*produce_facts,*cooperative",
          store
        )
        const [pear] = data.products
        expect(pear.produce_facts).toMatchObject({
          origin_zh: "新疆阿拉尔",
          grade: "first",
          harvest_from_month: 9,
          harvest_to_month: 10,
          shelf_life_days: 30,
          cold_chain: true,
        })
        expect(pear.cooperative.handle).toBe("alar-10th-regiment-orchard")
      })

      it("refuses requests without the publishable key", async () => {
        const res = await api.get("/store/products").catch((e: any) => e.response)
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/publishable/i)
      })
    })
  },
})
