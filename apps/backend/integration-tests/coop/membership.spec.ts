import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { COOPERATIVE_MODULE } from "../../src/modules/cooperative"
import type CooperativeModuleService from "../../src/modules/cooperative/service"
import { seedDemoCatalog } from "../../src/scripts/seed"
import { adminHeaders, failure, storeHeaders } from "../helpers"
import { COOP_PASSWORD, coopMember, lastNotification, seededCoop } from "./helpers"

const tokenOf = (url: string) => new URL(url).pathname.split("/").pop()!

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const cooperatives = (): CooperativeModuleService => getContainer().resolve(COOPERATIVE_MODULE)
    let admin: { headers: Record<string, string> }
    let jujube: Awaited<ReturnType<typeof seededCoop>>
    let walnut: Awaited<ReturnType<typeof seededCoop>>

    beforeAll(async () => {
      await seedDemoCatalog(getContainer(), { demoOrders: 0 })
      admin = await adminHeaders(getContainer(), api)
      jujube = await seededCoop(getContainer(), "alar-12th-regiment-jujube")
      walnut = await seededCoop(getContainer(), "aksu-tokayi-walnut")
    })

    it("an invitation goes out through the Notification Module and its link makes a member who signs in as coop_member", async () => {
      const email = "li.manager@coop.test"
      const invited = await api.post(`/admin/cooperatives/${jujube.id}/invites`, { email: " Li.Manager@coop.test " }, admin)
      expect(invited.status).toBe(201)
      expect(invited.data.invite.email).toBe(email)
      expect(invited.data.url).toMatch(/^http:\/\/localhost:8000\/coop\/invite\/[A-Za-z0-9_-]{43}$/)

      const sent = await lastNotification(getContainer(), email)
      expect(sent).toMatchObject({ channel: "email", template: "coop-invite" })
      expect(sent.data).toMatchObject({ url: invited.data.url, cooperative_zh: "阿拉尔市十二团红枣专业合作社" })

      const token = tokenOf(invited.data.url)
      const { data: lookup } = await api.post("/coop-invites/lookup", { token })
      expect(lookup.invite).toMatchObject({ email, cooperative: { handle: "alar-12th-regiment-jujube" } })

      const short = await failure(api.post("/coop-invites/accept", { token, password: "short" }))
      expect(short.status).toBe(400)
      expect(short.data.message).toContain("'password' too small, expected at least: '10'")

      const { data: accepted } = await api.post("/coop-invites/accept", { token, password: COOP_PASSWORD, name: "李经理" })
      expect(accepted.member).toMatchObject({ email, name: "李经理" })
      expect(accepted.cooperative.id).toBe(jujube.id)

      const again = await failure(api.post("/coop-invites/accept", { token, password: COOP_PASSWORD }))
      expect(again.status).toBe(400)
      expect(again.data.message).toContain("already used")

      const { data: login } = await api.post("/auth/coop_member/emailpass", { email, password: COOP_PASSWORD })
      const member = { headers: { authorization: `Bearer ${login.token}` } }
      const { data: me } = await api.get("/coop/me", member)
      expect(me.member.email).toBe(email)
      expect(me.cooperative.handle).toBe("alar-12th-regiment-jujube")
      expect(me.locations.map((l: any) => l.id)).toEqual(jujube.locationIds)

      const { data: listed } = await api.get(`/admin/cooperatives/${jujube.id}/members`, admin)
      expect(listed.members.map((m: any) => m.email)).toEqual([email])
      expect(listed.invites).toEqual([])
    })

    it("refuses unknown and expired invitation links", async () => {
      const unknown = await failure(api.post("/coop-invites/accept", { token: "x".repeat(43), password: COOP_PASSWORD }))
      expect(unknown.status).toBe(404)
      const { data } = await api.post(`/admin/cooperatives/${walnut.id}/invites`, { email: "late@coop.test" }, admin)
      const [invite] = await cooperatives().listCooperativeInvites({ email: "late@coop.test" })
      await cooperatives().updateCooperativeInvites({ id: invite.id, expires_at: new Date(Date.now() - 1000) })
      const expired = await failure(api.post("/coop-invites/accept", { token: tokenOf(data.url), password: COOP_PASSWORD }))
      expect(expired.status).toBe(400)
      expect(expired.data.message).toMatch(/expired on \d{4}-\d{2}-\d{2}/)
      expect(await cooperatives().listCooperativeMembers({ email: "late@coop.test" })).toEqual([])
    })

    it("nobody signs up as a co-op member without an invitation, and anonymous requests to /coop get 401", async () => {
      const signup = await failure(
        api.post("/auth/coop_member/emailpass/register", { email: "squatter@coop.test", password: COOP_PASSWORD })
      )
      expect(signup.status).toBe(403)
      expect(signup.data.message).toContain("invitation")
      const auth = getContainer().resolve(Modules.AUTH)
      expect(await auth.listProviderIdentities({ entity_id: "squatter@coop.test" })).toEqual([])
      expect((await failure(api.get("/coop/me"))).status).toBe(401)
      expect((await failure(api.get("/coop/me", { headers: { authorization: "Bearer not-a-jwt" } }))).status).toBe(401)
    })

    it("an invited shopper keeps their password: acceptance needs it, and their customer login still works", async () => {
      const store = await storeHeaders(getContainer())
      const email = "shopper.grower@coop.test"
      const { data: reg } = await api.post("/auth/customer/emailpass/register", { email, password: "shopper-password-1" })
      await api.post("/store/customers", { email }, { headers: { ...store.headers, authorization: `Bearer ${reg.token}` } })
      const { data } = await api.post(`/admin/cooperatives/${walnut.id}/invites`, { email }, admin)
      const wrong = await failure(api.post("/coop-invites/accept", { token: tokenOf(data.url), password: COOP_PASSWORD }))
      expect(wrong.status).toBe(401)
      expect(wrong.data.message).toContain("enter that password")
      await api.post("/coop-invites/accept", { token: tokenOf(data.url), password: "shopper-password-1" })
      const asMember = await api.post("/auth/coop_member/emailpass", { email, password: "shopper-password-1" })
      const { data: me } = await api.get("/coop/me", { headers: { authorization: `Bearer ${asMember.data.token}` } })
      expect(me.cooperative.handle).toBe("aksu-tokayi-walnut")
      const asShopper = await api.post("/auth/customer/emailpass", { email, password: "shopper-password-1" })
      const { data: customer } = await api.get("/store/customers/me", {
        headers: { ...store.headers, authorization: `Bearer ${asShopper.data.token}` },
      })
      expect(customer.customer.email).toBe(email)
    })

    it("a member cannot join a second cooperative, and removing a member cuts off the token they hold", async () => {
      const email = "wang@coop.test"
      const member = await coopMember(api, admin, jujube.id, email)
      expect((await api.get("/coop/me", member)).status).toBe(200)
      const second = await failure(api.post(`/admin/cooperatives/${walnut.id}/invites`, { email }, admin))
      expect(second.status).toBe(422)
      expect(second.data.message).toContain('member of cooperative "alar-12th-regiment-jujube"')

      const { data: listed } = await api.get(`/admin/cooperatives/${jujube.id}/members`, admin)
      const id = listed.members.find((m: any) => m.email === email).id
      const foreign = await failure(api.delete(`/admin/cooperatives/${walnut.id}/members/${id}`, admin))
      expect(foreign.status).toBe(404)
      await api.delete(`/admin/cooperatives/${jujube.id}/members/${id}`, admin)
      const cut = await failure(api.get("/coop/me", member))
      expect(cut.status).toBe(401)
      const relogin = await api.post("/auth/coop_member/emailpass", { email, password: COOP_PASSWORD })
      expect((await failure(api.get("/coop/me", { headers: { authorization: `Bearer ${relogin.data.token}` } }))).status).toBe(401)
    })

    it("a member who forgot their password gets a reset link by message and sets a new one; other emails get none", async () => {
      const email = "forgetful@coop.test"
      await coopMember(api, admin, walnut.id, email)
      expect((await api.post("/auth/coop_member/emailpass/reset-password", { identifier: email })).status).toBe(201)
      let sent: any
      for (let i = 0; i < 50 && sent?.template !== "coop-password-reset"; i++) {
        sent = await lastNotification(getContainer(), email)
        if (sent?.template !== "coop-password-reset") await new Promise((r) => setTimeout(r, 100))
      }
      expect(sent.template).toBe("coop-password-reset")
      const link = new URL(sent.data.url)
      expect(link.pathname).toBe("/coop/reset-password")
      expect(link.searchParams.get("email")).toBe(email)

      const token = link.searchParams.get("token")!
      const updated = await api.post(
        "/auth/coop_member/emailpass/update",
        { email, password: "a-brand-new-password" },
        { headers: { authorization: `Bearer ${token}` } }
      )
      expect(updated.data).toEqual({ success: true })
      expect((await failure(api.post("/auth/coop_member/emailpass", { email, password: COOP_PASSWORD }))).status).toBe(401)
      const { data } = await api.post("/auth/coop_member/emailpass", { email, password: "a-brand-new-password" })
      expect((await api.get("/coop/me", { headers: { authorization: `Bearer ${data.token}` } })).data.member.email).toBe(email)

      const store = await storeHeaders(getContainer())
      const { data: reg } = await api.post("/auth/customer/emailpass/register", { email: "shopper.only@coop.test", password: "shopper-password-1" })
      await api.post("/store/customers", { email: "shopper.only@coop.test" }, { headers: { ...store.headers, authorization: `Bearer ${reg.token}` } })
      await api.post("/auth/coop_member/emailpass/reset-password", { identifier: "shopper.only@coop.test" })
      await new Promise((r) => setTimeout(r, 1000))
      expect(await lastNotification(getContainer(), "shopper.only@coop.test")).toBeUndefined()
    })
  },
})
