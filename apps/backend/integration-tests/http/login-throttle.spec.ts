import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { LOGIN_LIMITS } from "../../src/api/login-throttle"

const PASSWORD = "right-password-123"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    /** Signs in from `address` (the storefront passes a shopper's address in X-Forwarded-For); never throws. */
    const signIn = (actor: string, email: string, password: string, address: string) =>
      api.post(`/auth/${actor}/emailpass`, { email, password }, { headers: { "x-forwarded-for": address }, validateStatus: () => true })

    const identity = async (email: string) => {
      await getContainer().resolve(Modules.AUTH).register("emailpass", { body: { email, password: PASSWORD } } as any)
      return email
    }

    describe("sign-ins are throttled per account and per address", () => {
      it.each(["user", "customer", "coop_member"])("%s: wrong passwords up to the limit, then even the right one gets 429 with Retry-After", async (actor) => {
        const email = await identity(`guessed-${actor}@tarim.test`)
        const address = `10.1.0.${["user", "customer", "coop_member"].indexOf(actor) + 1}`
        const statuses: number[] = []
        for (let n = 0; n < LOGIN_LIMITS.perAccount; n++) statuses.push((await signIn(actor, email, `wrong-${n}`, address)).status)
        expect(statuses).toEqual(Array(LOGIN_LIMITS.perAccount).fill(401))

        const blocked = await signIn(actor, email, PASSWORD, address)
        expect(blocked.status).toBe(429)
        expect(Number(blocked.headers["retry-after"])).toBeGreaterThan(LOGIN_LIMITS.blockSeconds - 60)
        expect(Number(blocked.headers["retry-after"])).toBeLessThanOrEqual(LOGIN_LIMITS.blockSeconds)
        expect(blocked.data).toMatchObject({ code: "too_many_attempts", message: expect.stringContaining("Try again in 15 minutes") })
        // The account is held from every address, not just the guessing one.
        expect((await signIn(actor, email, PASSWORD, "10.9.9.9")).status).toBe(429)
      })

      it("a right password before the limit forgets the failures", async () => {
        const email = await identity("forgetful@tarim.test")
        for (let n = 0; n < LOGIN_LIMITS.perAccount - 1; n++) expect((await signIn("customer", email, "wrong", "10.2.0.1")).status).toBe(401)
        expect((await signIn("customer", email, PASSWORD, "10.2.0.1")).status).toBe(200)
        for (let n = 0; n < LOGIN_LIMITS.perAccount - 1; n++) expect((await signIn("customer", email, "wrong", "10.2.0.1")).status).toBe(401)
        expect((await signIn("customer", email, PASSWORD, "10.2.0.1")).status).toBe(200)
      })

      it("guesses sent all at once are counted too: no more than the limit reach the password check", async () => {
        const email = await identity("burst@tarim.test")
        const answers = await Promise.all(Array.from({ length: 30 }, (_, n) => signIn("user", email, `wrong-${n}`, "10.3.0.1")))
        const statuses = answers.map((a) => a.status)
        expect(statuses.filter((s) => s === 401)).toHaveLength(LOGIN_LIMITS.perAccount)
        expect(statuses.filter((s) => s === 429)).toHaveLength(30 - LOGIN_LIMITS.perAccount)
      })

      it("one address trying many accounts is held after its limit; other addresses are not", async () => {
        const spray = "10.4.0.1"
        const statuses: number[] = []
        for (let n = 0; n < LOGIN_LIMITS.perAddress; n++) statuses.push((await signIn("customer", `nobody-${n}@tarim.test`, "guess", spray)).status)
        expect(statuses).toEqual(Array(LOGIN_LIMITS.perAddress).fill(401))
        const email = await identity("innocent@tarim.test")
        expect((await signIn("customer", email, PASSWORD, spray)).status).toBe(429)
        expect((await signIn("customer", email, PASSWORD, "10.4.0.2")).status).toBe(200)
      })

      it("a sign-in without text email and password is a 400 that counts nothing", async () => {
        const email = await identity("typo@tarim.test")
        for (const body of [{ email, password: 12345 }, { email: ["x"], password: "x" }, { email }, {}]) {
          for (let n = 0; n < LOGIN_LIMITS.perAccount + 2; n++) {
            const answer = await api.post("/auth/user/emailpass", body, { headers: { "x-forwarded-for": "10.5.0.1" }, validateStatus: () => true })
            expect(answer.status).toBe(400)
            expect(answer.data.message).toBe("Sign in with an email and a password, both as text")
          }
        }
        expect((await signIn("user", email, PASSWORD, "10.5.0.1")).status).toBe(200)
      })
    })
  },
})
