import { describe, expect, it } from "vitest";
import { inOrder } from "@/lib/db/in-order.ts";

/** A thenable that, like a Prisma query, only starts when it is awaited. */
function lazyQuery<T>(name: string, value: T, log: string[]): PromiseLike<T> {
  return {
    then(onFulfilled, onRejected) {
      log.push(`start ${name}`);
      return new Promise<T>((resolve) => setTimeout(() => (log.push(`end ${name}`), resolve(value)), 5)).then(onFulfilled, onRejected);
    },
  };
}

describe("inOrder: queries inside a transaction run one after another", () => {
  it("starts each query only after the one before it has finished, and keeps the results in order", async () => {
    const log: string[] = [];
    const [a, b, c] = await inOrder([lazyQuery("a", 1, log), lazyQuery("b", "two", log), null] as const);
    expect([a, b, c]).toEqual([1, "two", null]);
    expect(log).toEqual(["start a", "end a", "start b", "end b"]);
  });

  it("stops at the first failure, as the transaction would", async () => {
    const log: string[] = [];
    const failing: PromiseLike<never> = { then: (_f, onRejected) => (log.push("start failing"), Promise.reject(new Error("boom")).then(undefined, onRejected)) };
    await expect(inOrder([failing, lazyQuery("after", 1, log)])).rejects.toThrow("boom");
    expect(log).toEqual(["start failing"]);
  });
});
