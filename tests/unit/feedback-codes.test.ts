// The short code of a feedback link: typable by hand from the screen, random enough that nobody
// finds a live link by guessing (≥ 50 bits from the CSPRNG, no bias), forgiving to type, and stored
// only as a hash.
import { describe, expect, it } from "vitest";
import { CODE_ALPHABET, CODE_BITS, CODE_LENGTH, formatFeedbackCode, generateFeedbackCode, hashFeedbackCode, normalizeFeedbackCode } from "@/lib/feedback/codes.ts";

describe("feedback codes", () => {
  it("are ten characters from an alphabet without look-alikes, carrying at least 50 random bits", () => {
    expect(CODE_LENGTH).toBe(10);
    expect(CODE_ALPHABET).toHaveLength(32);
    expect(new Set(CODE_ALPHABET).size).toBe(32);
    for (const ambiguous of ["I", "L", "O", "U"]) expect(CODE_ALPHABET).not.toContain(ambiguous);
    expect(CODE_BITS).toBeGreaterThanOrEqual(50);
    for (let i = 0; i < 200; i++) expect(generateFeedbackCode()).toMatch(/^[0-9ABCDEFGHJKMNPQRSTVWXYZ]{10}$/);
  });

  it("do not repeat, and use every character about equally often (no modulo bias)", () => {
    const codes = Array.from({ length: 20_000 }, generateFeedbackCode);
    expect(new Set(codes).size).toBe(codes.length);
    const counts = new Map<string, number>();
    for (const c of codes) for (const ch of c) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    expect(counts.size).toBe(32);
    const expected = (codes.length * CODE_LENGTH) / 32; // 6250
    // Chi-squared with 31 degrees of freedom: above 80 happens by chance about once in 300 000 runs.
    const chi2 = [...counts.values()].reduce((sum, n) => sum + (n - expected) ** 2 / expected, 0);
    expect(chi2).toBeLessThan(80);
  });

  it("read the way people type them: any case, spaces or hyphens, O for 0 and I or L for 1", () => {
    expect(normalizeFeedbackCode("7k2qm-x9d4b")).toBe("7K2QMX9D4B");
    expect(normalizeFeedbackCode(" 7K2QM X9D4B ")).toBe("7K2QMX9D4B");
    expect(normalizeFeedbackCode("O1234-5678I")).toBe("0123456781");
    expect(normalizeFeedbackCode("l0000-00000")).toBe("1000000000");
    expect(normalizeFeedbackCode(formatFeedbackCode("ABCDEFGHJK"))).toBe("ABCDEFGHJK");
  });

  it("refuse what cannot be a code", () => {
    for (const bad of ["", "ABCDEFGHJ", "ABCDEFGHJKM", "ABCDEFGHJU", "ABCDE/GHJK", "ABCDE%20GHJK", "ÄBCDEFGHJK", "A".repeat(41), "../../etc"]) {
      expect(normalizeFeedbackCode(bad), bad).toBeNull();
    }
  });

  it("are shown in two groups of five", () => {
    expect(formatFeedbackCode("7K2QMX9D4B")).toBe("7K2QM-X9D4B");
  });

  it("are stored as a SHA-256 hash that every typing of the code matches, and nothing else does", () => {
    const code = generateFeedbackCode();
    const hash = hashFeedbackCode(code);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain(code.toLowerCase());
    expect(hashFeedbackCode(formatFeedbackCode(code).toLowerCase())).toBe(hash);
    expect(hashFeedbackCode("7k2qm-x9d4b")).toBe("bd1c36f5ff8642a81431f2ab24fd96b347ee422ae0f4ec785b80f54a7efc0264"); // sha256("7K2QMX9D4B")
    expect(hashFeedbackCode("7K2QMX9D4B")).not.toBe(hashFeedbackCode("7K2QMX9D4C"));
  });
});
