import { describe, expect, it } from "vitest";
import { DEFAULT_SECURITY_CONTACT, securityContact, securityTxt } from "@/lib/security/security-txt.ts";

describe("security.txt (RFC 9116)", () => {
  const now = new Date("2026-12-02T12:00:00.000Z");

  it("has the required Contact and Expires, the languages, and the canonical address from NEXTAUTH_URL", () => {
    expect(securityTxt({ NEXTAUTH_URL: "https://yhteinenaika.hyvinvointialue.example/" }, now)).toBe(
      [
        `Contact: ${DEFAULT_SECURITY_CONTACT}`,
        "Expires: 2027-12-01T12:00:00Z",
        "Preferred-Languages: fi, sv, en",
        "Canonical: https://yhteinenaika.hyvinvointialue.example/.well-known/security.txt",
        "",
      ].join("\n"),
    );
  });

  it("takes the contact from SECURITY_CONTACT, and leaves Canonical out when the address is not configured", () => {
    const text = securityTxt({ SECURITY_CONTACT: "https://hyvinvointialue.example/tietoturva" }, now);
    expect(text).toContain("Contact: https://hyvinvointialue.example/tietoturva\n");
    expect(text).not.toContain("Canonical");
  });

  it("turns a bare e-mail address into a mailto: URI and refuses anything that is not a contact URI", () => {
    expect(securityContact("cert@hyvinvointialue.example")).toBe("mailto:cert@hyvinvointialue.example");
    expect(securityContact("  ")).toBe(DEFAULT_SECURITY_CONTACT);
    expect(() => securityContact("javascript:alert(1)")).toThrow(/SECURITY_CONTACT/);
    expect(() => securityContact("http://insecure.example")).toThrow(/SECURITY_CONTACT/);
  });
});
