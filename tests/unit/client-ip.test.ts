import { describe, expect, it } from "vitest";
import { clientIp, trustedProxyHops } from "@/lib/auth/client-ip.ts";

describe("the client's address for rate limiting", () => {
  it("takes the address our own load balancer appended, not what the client claims", () => {
    // The client sent "X-Forwarded-For: 6.6.6.6"; the load balancer appended the address it saw.
    expect(clientIp(new Headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.7" }), 1)).toBe("203.0.113.7");
    // A client changing its claim on every request is still one address.
    expect(clientIp(new Headers({ "x-forwarded-for": "1.1.1.1, 203.0.113.7" }), 1)).toBe("203.0.113.7");
  });

  it("counts as many places from the right as there are trusted proxies", () => {
    // client → CDN → load balancer: the CDN appended the client, the load balancer appended the CDN.
    expect(clientIp({ "x-forwarded-for": "6.6.6.6, 198.51.100.1, 192.0.2.9" }, 2)).toBe("198.51.100.1");
    expect(clientIp({ "x-forwarded-for": "198.51.100.1" }, 2)).toBe("198.51.100.1");
  });

  it("falls back to X-Real-IP and then to one shared bucket", () => {
    expect(clientIp({ "x-real-ip": "192.0.2.4" })).toBe("192.0.2.4");
    expect(clientIp({})).toBe("local");
  });

  it("reads TRUSTED_PROXY_HOPS, refusing nonsense", () => {
    expect(trustedProxyHops({})).toBe(1);
    expect(trustedProxyHops({ TRUSTED_PROXY_HOPS: "2" })).toBe(2);
    expect(trustedProxyHops({ TRUSTED_PROXY_HOPS: "0" })).toBe(1);
    expect(trustedProxyHops({ TRUSTED_PROXY_HOPS: "x" })).toBe(1);
  });
});
