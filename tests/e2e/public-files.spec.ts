// The product's static public files and headers: nothing is indexed by search engines, and
// security researchers find where to report (RFC 9116).
import { test, expect } from "./fixtures.ts";

test.describe("public files", () => {
  test("robots.txt keeps every page out of search engines", async ({ request }) => {
    const response = await request.get("/robots.txt");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("text/plain");
    const lines = (await response.text()).split("\n").filter((l) => l && !l.startsWith("#"));
    expect(lines).toEqual(["User-agent: *", "Disallow: /"]);
  });

  test("/.well-known/security.txt names a contact, expires within a year and is canonical at the service's own address", async ({ request, baseURL }) => {
    const response = await request.get("/.well-known/security.txt");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("text/plain; charset=utf-8");
    const fields = Object.fromEntries(
      (await response.text())
        .trim()
        .split("\n")
        .map((l) => [l.slice(0, l.indexOf(":")), l.slice(l.indexOf(":") + 1).trim()]),
    );
    expect(fields.Contact).toBe("mailto:tietoturva@yhteinen-aika.example");
    expect(fields["Preferred-Languages"]).toBe("fi, sv, en");
    expect(fields.Canonical).toBe(`${baseURL}/.well-known/security.txt`);
    const expires = new Date(fields.Expires!).getTime() - Date.now();
    expect(expires).toBeGreaterThan(300 * 24 * 3600 * 1000);
    expect(expires).toBeLessThanOrEqual(365 * 24 * 3600 * 1000);
  });

  for (const path of ["/login", "/robots.txt", "/.well-known/security.txt", "/families"]) {
    test(`${path} tells search engines not to index or follow it`, async ({ request }) => {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.headers()["x-robots-tag"]).toBe("noindex, nofollow");
    });
  }
});
