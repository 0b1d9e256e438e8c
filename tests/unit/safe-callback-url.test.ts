// After signing in the user returns to the page they were on (?callbackUrl=), but only ever to a page
// of this same site: anything that could lead elsewhere is ignored (no open redirect).
import { describe, expect, it } from "vitest";
import { loginUrl, safeCallbackUrl } from "@/lib/auth/safe-callback-url.ts";

describe("safeCallbackUrl", () => {
  it.each([
    ["/families/7b0c9f7e-2f7a-4a57-9d0b-0f6f4ad7d0f1/plan", "/families/7b0c9f7e-2f7a-4a57-9d0b-0f6f4ad7d0f1/plan"],
    ["/families/abc/plan?meeting=123", "/families/abc/plan?meeting=123"],
    ["/families#plan", "/families#plan"],
    ["/", "/"],
    ["/families/../admin", "/admin"],
  ])("accepts the same-site path %s", (input, expected) => {
    expect(safeCallbackUrl(input)).toBe(expected);
  });

  it.each([
    ["an absolute URL", "https://evil.example/families"],
    ["a protocol-relative URL", "//evil.example/families"],
    ["a backslash that browsers read as a slash", "/\\evil.example"],
    ["a backslash later in the path", "/families\\..\\..\\evil"],
    ["a tab the URL parser strips", "/\t/evil.example"],
    ["a newline", "/families\n/evil"],
    ["a javascript: URL", "javascript:alert(1)"],
    ["a relative path without a slash", "families"],
    ["an empty value", ""],
    ["the sign-in page itself", "/login?callbackUrl=/families"],
    ["an over-long value", `/${"a".repeat(2000)}`],
  ])("refuses %s", (_, input) => {
    expect(safeCallbackUrl(input)).toBeNull();
  });

  it("refuses anything that is not a single string (repeated query parameters, missing)", () => {
    expect(safeCallbackUrl(["/families", "/admin"])).toBeNull();
    expect(safeCallbackUrl(undefined)).toBeNull();
    expect(safeCallbackUrl(null)).toBeNull();
    expect(safeCallbackUrl(42)).toBeNull();
  });
});

describe("loginUrl", () => {
  it("remembers a safe path, encoded as one query parameter", () => {
    expect(loginUrl("/families/abc/plan?meeting=1&x=2")).toBe("/login?callbackUrl=%2Ffamilies%2Fabc%2Fplan%3Fmeeting%3D1%26x%3D2");
  });

  it("is the plain sign-in page when there is nothing safe to return to", () => {
    expect(loginUrl()).toBe("/login");
    expect(loginUrl("//evil.example")).toBe("/login");
  });
});
