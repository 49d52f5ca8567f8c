import { clientAddress } from "../../src/api/login-throttle"

/** A request as Node hands it to Express: the connection's peer and the headers it sent. */
const request = (peer: string, forwarded?: string) =>
  ({ socket: { remoteAddress: peer }, connection: { remoteAddress: peer }, headers: forwarded ? { "x-forwarded-for": forwarded } : {} }) as any

describe("the address a sign-in is counted against", () => {
  it.each([
    ["a caller on the internet, no header", "203.0.113.7", undefined, "203.0.113.7"],
    ["a caller on the internet naming any address it likes", "203.0.113.7", "198.51.100.1", "203.0.113.7"],
    ["the storefront on this machine, passing the shopper's address", "127.0.0.1", "198.51.100.1", "198.51.100.1"],
    ["the storefront over IPv6 loopback", "::1", "198.51.100.2", "198.51.100.2"],
    ["the storefront container on a private network (docker-compose)", "172.18.0.5", "198.51.100.3", "198.51.100.3"],
    ["a shopper's own forged hop before the storefront is not believed", "127.0.0.1", "10.9.9.9, 198.51.100.4", "198.51.100.4"],
    ["the storefront with no header (its own request)", "127.0.0.1", undefined, "127.0.0.1"],
  ])("%s", (_what, peer, forwarded, expected) => {
    expect(clientAddress(request(peer, forwarded))).toBe(expected)
  })
})
