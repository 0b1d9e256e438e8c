import { describe, expect, it, vi } from "vitest";
import { encode, decode } from "next-auth/jwt";
import { ABSOLUTE_TIMEOUT_S, IDLE_TIMEOUT_S, withinAbsoluteLimit } from "@/lib/auth/session-limits.ts";

const secret = "unit-test-secret";

describe("session limits", () => {
  it("ends a session 12 hours after sign-in, however active it was", () => {
    const loginAt = Date.parse("2026-11-22T06:00:00Z") / 1000;
    expect(withinAbsoluteLimit(loginAt, Date.parse("2026-11-22T17:59:00Z"))).toBe(true);
    expect(withinAbsoluteLimit(loginAt, Date.parse("2026-11-22T18:01:00Z"))).toBe(false);
    expect(withinAbsoluteLimit(undefined)).toBe(false);
    expect(ABSOLUTE_TIMEOUT_S).toBe(12 * 3600);
  });

  it("issues session tokens that expire after 30 minutes without a refresh", async () => {
    expect(IDLE_TIMEOUT_S).toBe(1800);
    const token = await encode({ token: { sub: "u1", loginAt: 1 }, secret, maxAge: IDLE_TIMEOUT_S });
    const decoded = await decode({ token, secret });
    expect(decoded).toMatchObject({ sub: "u1" });
    expect(Number(decoded!.exp) - Number(decoded!.iat)).toBe(IDLE_TIMEOUT_S);
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      vi.setSystemTime(Date.now() + (IDLE_TIMEOUT_S + 60) * 1000);
      await expect(decode({ token, secret })).rejects.toThrow(/exp/);
    } finally {
      vi.useRealTimers();
    }
  });
});
