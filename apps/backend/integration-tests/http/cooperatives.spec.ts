import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { seedDemoCatalog } from "../../src/scripts/seed"
import { adminHeaders, failure, storeHeaders } from "../helpers"

const valid = {
  handle: "alar-11th-regiment-orchard",
  name_zh: "阿拉尔市十一团果业合作社",
  name_en: "Alar 11th Regiment Orchard Cooperative",
  place_zh: "新疆阿拉尔市 十一团",
  place_en: "11th Regiment, Alar, Xinjiang",
  story_zh: "十一团的果农。",
  story_en: "Growers of the 11th Regiment.",
  contact_name: "赵强",
  contact_phone: "13899001111",
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: { headers: Record<string, string> }
    let store: { headers: Record<string, string> }

    beforeAll(async () => {
      await seedDemoCatalog(getContainer(), { demoOrders: 0 })
      admin = await adminHeaders(getContainer(), api)
      store = await storeHeaders(getContainer())
    })

    const countCooperatives = async () => (await api.get("/admin/cooperatives", admin)).data.count
    const coopByHandle = async (handle: string) =>
      (await api.get("/admin/cooperatives?limit=50", admin)).data.cooperatives.find((c: any) => c.handle === handle)

    describe("admin API", () => {
      it("lists the seeded cooperatives with their products and warehouses", async () => {
        const { data } = await api.get("/admin/cooperatives", admin)
        expect(data.count).toBe(4)
        const jujube = data.cooperatives.find((c: any) => c.handle === "alar-12th-regiment-jujube")
        expect(jujube.products.map((p: any) => p.title).sort()).toEqual(
          ["台阿年货礼盒", "红枣夹核桃", "阿拉尔灰枣 一级", "阿拉尔骏枣 特级"].sort()
        )
        expect(jujube.stock_locations.map((l: any) => l.name)).toEqual(["十二团仓 · 12th Regiment warehouse"])
        const { data: found } = await api.get("/admin/cooperatives?q=Tokayi", admin)
        expect(found.cooperatives.map((c: any) => c.handle)).toEqual(["aksu-tokayi-walnut"])
      })

      it("creates, reads and updates a cooperative", async () => {
        const created = await api.post("/admin/cooperatives", valid, admin)
        expect(created.status).toBe(201)
        expect(created.data.cooperative).toMatchObject({ ...valid, products: [], stock_locations: [] })
        const id = created.data.cooperative.id
        expect(id).toMatch(/^coop_/)

        const { data: read } = await api.get(`/admin/cooperatives/${id}`, admin)
        expect(read.cooperative.name_en).toBe(valid.name_en)

        const { data: updated } = await api.post(`/admin/cooperatives/${id}`, { story_en: "Pears and apples." }, admin)
        expect(updated.cooperative.story_en).toBe("Pears and apples.")
        expect(updated.cooperative.name_zh).toBe(valid.name_zh)
        expect(await countCooperatives()).toBe(5)
      })

      it("moves a product from one cooperative to another by replacing product_ids", async () => {
        const orchard = await coopByHandle("alar-10th-regiment-orchard")
        const pear = orchard.products.find((p: any) => p.title === "新疆香梨 家庭装")
        const keep = orchard.products.filter((p: any) => p.id !== pear.id).map((p: any) => p.id)
        await api.post(`/admin/cooperatives/${orchard.id}`, { product_ids: keep }, admin)
        const { data: created } = await api.post("/admin/cooperatives", { ...valid, product_ids: [pear.id] }, admin)

        expect(created.cooperative.products.map((p: any) => p.id)).toEqual([pear.id])
        expect((await coopByHandle("alar-10th-regiment-orchard")).products).toHaveLength(keep.length)
        const { data } = await api.get(`/store/cooperatives/${valid.handle}`, store)
        expect(data.cooperative.products.map((p: any) => p.handle)).toEqual(["fragrant-pear-family-pack"])
      })

      it("deletes a cooperative and leaves its products unlinked", async () => {
        const walnut = await coopByHandle("aksu-tokayi-walnut")
        const { data } = await api.delete(`/admin/cooperatives/${walnut.id}`, admin)
        expect(data).toEqual({ id: walnut.id, object: "cooperative", deleted: true })
        expect(await countCooperatives()).toBe(3)
        expect((await failure(api.get(`/admin/cooperatives/${walnut.id}`, admin))).status).toBe(404)
        const { data: products } = await api.get("/store/products?handle=walnut-kernels&fields=handle,*cooperative", store)
        expect(products.products[0].handle).toBe("walnut-kernels")
        expect(products.products[0].cooperative ?? null).toBeNull()
      })

      it("needs an admin login", async () => {
        expect((await failure(api.get("/admin/cooperatives"))).status).toBe(401)
      })
    })

    describe("bad input gets a 4xx with a clear message and changes nothing", () => {
      const long = "枣".repeat(10_000)
      const { name_zh, ...withoutName } = valid

      it.each([
        ["a missing name_zh", 400, withoutName, /name_zh/],
        ["a number for name_zh", 400, { ...valid, name_zh: 123 }, /Expected type: 'string' for field 'name_zh'/],
        ["a 10 000-character story", 400, { ...valid, story_zh: long }, /Value for field 'story_zh' too big, expected at most: '2000'/],
        ["an empty name", 400, { ...valid, name_en: "   " }, /Value for field 'name_en' too small/],
        ["a handle with capitals and spaces", 400, { ...valid, handle: "Alar 11" }, /handle must be lowercase/],
        ["an unknown field", 400, { ...valid, rating: 5 }, /rating/],
        ["a phone that is not a mainland mobile", 400, { ...valid, contact_phone: "12345" }, /contact_phone must be a mainland mobile/],
        ["product_ids that is not a list", 400, { ...valid, product_ids: "prod_1" }, /Expected type: 'array' for field 'product_ids'/],
        ["an unknown product", 404, { ...valid, product_ids: ["prod_does_not_exist"] }, /Products not found: prod_does_not_exist/],
        ["an unknown stock location", 404, { ...valid, stock_location_ids: ["sloc_nope"] }, /Stock locations not found: sloc_nope/],
        ["a handle that is taken", 400, { ...valid, handle: "aksu-tokayi-walnut" }, /aksu-tokayi-walnut/],
        ["a NUL character in the story", 400, { ...valid, story_zh: "红枣\u0000" }, /Remove the NUL character .* from the body/],
      ])("POST /admin/cooperatives with %s → %d", async (_label, status, body, message) => {
        const res = await failure(api.post("/admin/cooperatives", body, admin))
        expect(res.status).toBe(status)
        expect(res.data.message).toMatch(message)
        expect(await countCooperatives()).toBe(4)
      })

      it("refuses a product that already belongs to another cooperative", async () => {
        const orchard = await coopByHandle("alar-10th-regiment-orchard")
        const res = await failure(
          api.post("/admin/cooperatives", { ...valid, product_ids: [orchard.products[0].id] }, admin)
        )
        expect(res.status).toBe(400)
        expect(res.data.message).toContain(`already belong to another cooperative: ${orchard.products[0].id}`)
        expect(await countCooperatives()).toBe(4)
        expect((await coopByHandle("alar-10th-regiment-orchard")).products).toHaveLength(orchard.products.length)
      })

      it("leaves a cooperative untouched when an update is invalid", async () => {
        const before = await coopByHandle("alar-12th-regiment-jujube")
        for (const body of [{ name_zh: long }, { product_ids: ["prod_missing"] }, { handle: "" }]) {
          const res = await failure(api.post(`/admin/cooperatives/${before.id}`, body, admin))
          expect([400, 404]).toContain(res.status)
          expect(res.data.message.length).toBeGreaterThan(10)
        }
        const after = await coopByHandle("alar-12th-regiment-jujube")
        expect(after).toEqual(before)
      })

      it.each([
        ["GET", "/admin/cooperatives?limit=-1", 400],
        ["GET", "/admin/cooperatives?offset=-5", 400],
        ["GET", "/admin/products?limit=-1", 400],
        ["GET", "/admin/cooperatives?limit=ten", 400],
        ["GET", "/admin/cooperatives/coop_unknown", 404],
        ["POST", "/admin/cooperatives/coop_unknown", 404],
        ["DELETE", "/admin/cooperatives/coop_unknown", 404],
      ])("%s %s → %d", async (method, url, status) => {
        const call =
          method === "GET" ? api.get(url, admin) : method === "POST" ? api.post(url, { story_en: "x" }, admin) : api.delete(url, admin)
        const res = await failure(call)
        expect(res.status).toBe(status)
        expect(typeof res.data.message).toBe("string")
        expect(await countCooperatives()).toBe(4)
      })
    })

    describe("store API", () => {
      it("lists cooperatives with their product counts and no contact details", async () => {
        const { data } = await api.get("/store/cooperatives", store)
        expect(data.count).toBe(4)
        const counts = Object.fromEntries(data.cooperatives.map((c: any) => [c.handle, c.product_count]))
        expect(counts).toEqual({
          "alar-12th-regiment-jujube": 4,
          "alar-10th-regiment-orchard": 7,
          "aksu-tokayi-walnut": 3,
          "alar-14th-regiment-dried-fruit": 3,
        })
        expect(data.cooperatives[0].contact_phone).toBeUndefined()
      })

      it("shows one cooperative with its products and weights", async () => {
        const { data } = await api.get("/store/cooperatives/aksu-tokayi-walnut", store)
        expect(data.cooperative.name_zh).toBe("阿克苏市托喀依乡核桃合作社")
        const walnut = data.cooperative.products.find((p: any) => p.handle === "aksu-thin-shell-walnut")
        expect(walnut.variants.map((v: any) => v.weight).sort((a: number, b: number) => a - b)).toEqual([1000, 2500, 5000])
      })

      it.each([
        ["/store/cooperatives/no-such-coop", 404, /Cooperative with handle "no-such-coop" was not found/],
        ["/store/cooperatives?limit=-3", 400, /limit must be a whole number from 0 up, got "-3"/],
        ["/store/products?offset=-1", 400, /offset must be a whole number from 0 up/],
        // A NUL character made Postgres refuse the statement: Medusa answered 500.
        ["/store/cooperatives/alar%00", 400, /Remove the NUL character .* from the address/],
        ["/store/festivals/alar-new-year%00", 400, /Remove the NUL character .* from the address/],
        ["/store/products?q=%00", 400, /Remove the NUL character .* from the address/],
      ])("GET %s → %d", async (url, status, message) => {
        const res = await failure(api.get(url, store))
        expect(res.status).toBe(status)
        expect(res.data.message).toMatch(message)
      })
    })
  },
})
