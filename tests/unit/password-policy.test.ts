// New passwords: long enough, and not a common one in any disguise.
import { describe, expect, it } from "vitest";
import { newPasswordSchema, passwordProblem } from "@/lib/auth/password-policy.ts";

describe("password policy", () => {
  it("refuses fewer than 12 characters", () => {
    expect(passwordProblem("Lyhyt-1")).toBe("passwordTooShort");
    expect(passwordProblem("abcdefghijk")).toBe("passwordTooShort");
  });

  it("refuses common passwords, also with digits or symbols around them", () => {
    expect(passwordProblem("123456789012")).toBe("passwordCommon");
    expect(passwordProblem("Salasana2026!")).toBe("passwordCommon");
    expect(passwordProblem("passwordpassword")).toBe("passwordCommon");
    expect(passwordProblem("aaaaaaaaaaaaaa")).toBe("passwordCommon");
  });

  it("accepts a long sentence", () => {
    expect(passwordProblem("Kolme karhua söi puuroa")).toBeNull();
    expect(newPasswordSchema.safeParse("Kolme karhua söi puuroa").success).toBe(true);
  });

  it("reports the problem as a message key for the field", () => {
    const result = newPasswordSchema.safeParse("lyhyt");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("passwordTooShort");
  });
});
