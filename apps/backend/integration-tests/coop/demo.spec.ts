import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { seedDemoCatalog } from "../../src/scripts/seed"
import { DEMO_COOP_PASSWORD, demoManagerEmail, seedCoopDemo } from "../../src/scripts/seed/coop-demo"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    beforeAll(async () => {
      await seedDemoCatalog(getContainer())
    })

    it("gives every co-op a manager who signs in with the dev password, ships demo orders, and runs once", async () => {
      const { managers, shipped } = await seedCoopDemo(getContainer())
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: cooperatives } = await query.graph({ entity: "cooperative", fields: ["handle"] })
      expect(managers.sort()).toEqual(cooperatives.map((c) => demoManagerEmail(c.handle)).sort())
      expect(shipped).toBeGreaterThanOrEqual(4)

      const statuses: string[] = []
      for (const email of managers) {
        const { data } = await api.post("/auth/coop_member/emailpass", { email, password: DEMO_COOP_PASSWORD })
        const member = { headers: { authorization: `Bearer ${data.token}` } }
        const { data: me } = await api.get("/coop/me", member)
        expect(demoManagerEmail(me.cooperative.handle)).toBe(email)
        const { data: orders } = await api.get("/coop/orders?status=shipped", member)
        statuses.push(...orders.orders.flatMap((o: any) => o.shipments.map((s: any) => s.status)))
      }
      expect(statuses.length).toBe(shipped)
      expect(statuses).toContain("delivered")
      expect(statuses).toContain("shipped")

      expect(await seedCoopDemo(getContainer())).toEqual({ managers: [], shipped: 0 })
    })
  },
})
