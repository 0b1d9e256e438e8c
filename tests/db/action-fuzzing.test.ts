// Malformed input, generated: at least 10,000 calls spread over every registered action, each by
// a user who has every role (so the role rule lets the input through to the parser and the
// policy). Whatever arrives — wrong types, missing or extra keys, huge strings, nested junk, ids of
// other people's objects with one field broken — the answer is a clear refusal or a success, never
// an unexpected failure (500) or a thrown error, and a refused call changes no row.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runSecureAction } from "@/lib/actions/secure-action.ts";
import { ACTION_REGISTRY } from "@/lib/authz/registry.ts";
import type { SessionUser } from "@/lib/auth/session-user.ts";
import { freshDatabase, type FreshDatabase } from "./helpers/fresh-database.ts";
import { databaseFingerprint } from "./helpers/database-fingerprint.ts";
import { buildMatrixWorld, MATRIX, type Objects } from "./helpers/action-matrix.ts";
import { buildUser } from "../fixtures/builders.ts";

const RUNS = 10_000;
/** Refusals before the transaction (400 from the parser) cannot write; a sample of them is checked anyway. */
const CHECK_EVERY_PARSER_REFUSAL = 40;

let fresh: FreshDatabase;
let objects: Objects;
let everyone: SessionUser;

beforeAll(async () => {
  // The running app always has its secret (start.ts refuses to run without one); so does this test.
  process.env.AUTH_SECRET ??= "fuzzing-secret-fuzzing-secret-fuzzing-secret";
  fresh = await freshDatabase();
  ({ objects } = await buildMatrixWorld(fresh.db));
  const u = await buildUser(fresh.db, { roles: ["FRONTLINE_WORKER", "TEAM_MEMBER", "GUIDANCE_WORKER", "COORDINATOR", "ADMIN"] });
  everyone = { id: u.id, name: u.name, email: u.email, roles: u.roles, locale: u.locale };
});
afterAll(() => fresh?.close());

const junk = fc.oneof(
  fc.anything({ maxDepth: 2 }),
  fc.string({ maxLength: 40 }),
  fc.constantFrom("", " ", "null", "undefined", "0", "-1", "1e308", "NaN", "2027-02-31", "31.2.2027", "00000000-0000-0000-0000-000000000000", "'; DROP TABLE \"User\"; --", "<script>alert(1)</script>", "\u0000", "🙂".repeat(300)),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.anything({ maxDepth: 1 }), { maxLength: 5 }),
  fc.constant("x".repeat(100_001)),
);

/** An input for the action: junk, or its valid shape with one field broken, removed or added. */
function inputFor(name: string): fc.Arbitrary<unknown> {
  const base = MATRIX[name]?.stranger?.(objects) ?? {};
  const keys = Object.keys(base);
  const broken = keys.length
    ? fc.oneof(
        fc.record({ key: fc.constantFrom(...keys), value: junk }).map(({ key, value }) => ({ ...base, [key]: value })),
        fc.constantFrom(...keys).map((key) => Object.fromEntries(Object.entries(base).filter(([k]) => k !== key))),
      )
    : fc.dictionary(fc.string({ maxLength: 12 }), junk, { maxKeys: 4 });
  return fc.oneof(junk, broken, fc.record({ key: fc.string({ maxLength: 12 }), value: junk }).map(({ key, value }) => ({ ...base, [key]: value })));
}

const names = [...ACTION_REGISTRY.keys()].sort();
const call = fc.constantFrom(...names).chain((name) => inputFor(name).map((input) => ({ name, input })));

describe("every action under malformed input", () => {
  it(`answers ${RUNS.toLocaleString("en")} generated calls without a 500 or a throw, and a refused call writes nothing`, async () => {
    const perAction = new Map<string, { calls: number; refused: number }>();
    let parserRefusals = 0;
    // The database as it stands: recomputed only after a call that was allowed (and may have written).
    let known: string | null = null;
    await fc.assert(
      fc.asyncProperty(call, async ({ name, input }) => {
        const def = ACTION_REGISTRY.get(name)!;
        const row = perAction.get(name) ?? { calls: 0, refused: 0 };
        row.calls++;
        perAction.set(name, row);
        known ??= await databaseFingerprint(fresh.db);
        const result = await runSecureAction(def, { db: fresh.db, user: everyone }, input);
        expect(result.ok || result.status !== 500, `${name} answered 500 to ${JSON.stringify(input)?.slice(0, 200)}`).toBe(true);
        if (result.ok) {
          known = null;
          return;
        }
        row.refused++;
        const beforeTheDatabase = result.status === 400;
        if (beforeTheDatabase && parserRefusals++ % CHECK_EVERY_PARSER_REFUSAL !== 0) return;
        expect(await databaseFingerprint(fresh.db), `${name} wrote on a refusal`).toBe(known);
      }),
      { numRuns: RUNS, seed: 20261203 },
    );
    const total = [...perAction.values()].reduce((n, r) => n + r.calls, 0);
    console.log(`fuzzed ${total} calls over ${perAction.size} actions:\n` + [...perAction.entries()].map(([n, r]) => `  ${n.padEnd(36)} ${String(r.calls).padStart(4)} calls, ${String(r.refused).padStart(4)} refused`).join("\n"));
    expect(total).toBeGreaterThanOrEqual(RUNS);
    expect(perAction.size).toBe(names.length);
  }, 900_000);
});
