// The audit trail (käyttöloki / luovutusloki) speaks a closed vocabulary: every action name is in
// lib/audit/events.ts with its kind, and the source writes events only through the helper of that
// kind. The type checker refuses an uncatalogued name or the wrong helper; this file says the same
// as a specification and scans the source for the ways around the types (a direct write, a cast).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { AUDIT_EVENTS, isAuditAction, wrongAnswerAction, type AuditAction, type ChangeAction, type ReadAction } from "@/lib/audit/events.ts";
import { AuditKind } from "@/lib/db/generated/enums.ts";

const root = path.resolve(import.meta.dirname, "../..");
const catalogue = Object.entries(AUDIT_EVENTS) as [AuditAction, AuditKind][];
const HELPER_KIND: Record<string, AuditKind> = { auditRead: "ACCESS", auditChange: "CHANGE", auditChanges: "CHANGE", auditDisclosure: "DISCLOSURE", auditAuth: "AUTH" };

/** Names written before the catalogue: the trail holds rows with them, so they keep their spelling. */
const OLDER_SPELLINGS = new Set<string>([
  "signout",
  "signin.two_factor_failed",
  "signin.rate_limited",
  "account.two_factor.enabled",
  "account.two_factor.disabled",
  "account.password.change.wrong_answer",
  "account.two_factor.confirm.wrong_answer",
  "account.two_factor.disable.wrong_answer",
  "admin.two_factor.reset",
  "admin.role_security.update",
]);

interface SourceFile {
  /** relative to the project, with forward slashes */
  file: string;
  text: string;
}

function sourceFiles(dir: string): SourceFile[] {
  const out: SourceFile[] = [];
  for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) {
      if (rel !== "lib/db/generated") out.push(...sourceFiles(rel));
    } else if (/\.tsx?$/.test(entry.name)) {
      out.push({ file: rel, text: readFileSync(path.join(root, rel), "utf8") });
    }
  }
  return out;
}

const sources = [...sourceFiles("lib"), ...sourceFiles("app")];
const outsideAudit = sources.filter((s) => !s.file.startsWith("lib/audit/"));

interface HelperCall {
  where: string;
  helper: string;
  /** The names the call can write, when spelled out in the call (literals, also in a ?: ). */
  names: string[];
}

/** The string literals an action argument is built from; [] when it is computed (typed by tsc). */
function literalNames(node: ts.Expression): string[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  // A cast or `!` does not change the name that is written.
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isTypeAssertionExpression(node) || ts.isSatisfiesExpression(node) || ts.isNonNullExpression(node)) return literalNames(node.expression);
  if (ts.isConditionalExpression(node)) return [...literalNames(node.whenTrue), ...literalNames(node.whenFalse)];
  return [];
}

const CATALOGUE_TYPE = /\b(AuditAction|AuditActionOf|ReadAction|ChangeAction|DisclosureAction|AuthAction)\b/;

function scan(source: SourceFile): { calls: HelperCall[]; casts: string[] } {
  const sf = ts.createSourceFile(source.file, source.text, ts.ScriptTarget.Latest, true, source.file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const calls: HelperCall[] = [];
  const casts: string[] = [];
  const where = (n: ts.Node) => `${source.file}:${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1}`;
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text in HELPER_KIND) {
      const action = node.arguments[1];
      calls.push({ where: where(node), helper: node.expression.text, names: action ? literalNames(action) : [] });
    }
    if ((ts.isAsExpression(node) || ts.isTypeAssertionExpression(node)) && CATALOGUE_TYPE.test(node.type.getText(sf))) casts.push(where(node));
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return { calls, casts };
}

const scanned = outsideAudit.map(scan);
const calls = scanned.flatMap((s) => s.calls);

/** The action definitions that count wrong answers (`serverAction(def, { wrongAnswers })`), by name. */
function actionsCountingWrongAnswers(): string[] {
  const names: string[] = [];
  for (const s of sources.filter((x) => x.file.endsWith("/server-actions.ts"))) {
    const wired = [...s.text.matchAll(/serverAction\((\w+),\s*\{[^}]*\bwrongAnswers\b/g)].map((m) => m[1]!);
    expect(wired, `${s.file}: every wrongAnswers option is on a serverAction(definition, { … }) call`).toHaveLength(s.text.match(/\bwrongAnswers\b/g)?.length ?? 0);
    for (const def of wired) {
      const found = sources.map((x) => new RegExp(`export const ${def}\\b[^\\n]*\\n\\s*name: "([^"]+)"`).exec(x.text)?.[1]).find(Boolean);
      expect(found, `the definition ${def} (${s.file}) and its name`).toBeDefined();
      names.push(found!);
    }
  }
  return names;
}

describe("the audit catalogue (lib/audit/events.ts)", () => {
  it("gives every action one of the four kinds of the AuditKind enum", () => {
    expect(catalogue.length).toBeGreaterThan(0);
    for (const [action, kind] of catalogue) expect(Object.values(AuditKind), action).toContain(kind);
    expect(new Set(catalogue.map(([, kind]) => kind))).toEqual(new Set(Object.values(AuditKind)));
  });

  it("names every action as dotted lower-camel segments (subject.verb), except the older names kept as they were", () => {
    const dottedLowerCamel = /^[a-z][a-zA-Z0-9]*(\.[a-z][a-zA-Z0-9]*)+$/;
    for (const [action] of catalogue) {
      if (OLDER_SPELLINGS.has(action)) continue;
      expect(action, `${action} is not dotted lower camel case`).toMatch(dottedLowerCamel);
    }
    for (const older of OLDER_SPELLINGS) expect(isAuditAction(older), `${older} is listed as an older name but not catalogued`).toBe(true);
  });

  it("lists only names that the product writes", () => {
    const wrongAnswerNames = new Set(actionsCountingWrongAnswers().map((name) => `${name}.wrong_answer`));
    const code = outsideAudit.map((s) => s.text).join("\n");
    const unused = catalogue.map(([action]) => action).filter((action) => !wrongAnswerNames.has(action) && !code.includes(`"${action}"`));
    expect(unused).toEqual([]);
  });

  it("has the wrong-answer event of every action that counts wrong answers, and no other", () => {
    const expected = actionsCountingWrongAnswers().map((name) => `${name}.wrong_answer`).sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(catalogue.map(([action]) => action).filter((a) => a.endsWith(".wrong_answer")).sort()).toEqual(expected);
    for (const name of actionsCountingWrongAnswers()) expect(AUDIT_EVENTS[wrongAnswerAction(name)]).toBe("AUTH");
    expect(() => wrongAnswerAction("plan.draft.save")).toThrow(/not in lib\/audit\/events.ts/);
  });

  it("lets the type checker refuse an uncatalogued name and a name of another kind", () => {
    // These lines are the test: `npx tsc --noEmit` fails if any of them stops being an error.
    // @ts-expect-error not in the catalogue
    const unknown: AuditAction = "plan.peek";
    // @ts-expect-error plan.draft.save is a CHANGE, not a read
    const changeAsRead: ReadAction = "plan.draft.save";
    // @ts-expect-error plan.disclose is a DISCLOSURE, which needs its recipient and consents
    const disclosureAsRead: ReadAction = "plan.disclose";
    const change: ChangeAction = "plan.draft.save";
    expect([unknown, changeAsRead, disclosureAsRead, change]).toHaveLength(4);
  });
});

describe("writing audit events in lib/ and app/", () => {
  it("goes through the helpers of lib/audit/ only: no direct write of AuditEvent rows elsewhere", () => {
    const direct = /\bwriteAuditEvent\b|\.auditEvent\s*\.\s*(create|createMany|createManyAndReturn|update|updateMany|updateManyAndReturn|upsert|delete|deleteMany)\b|insert\s+into\s+"?AuditEvent/i;
    expect(outsideAudit.filter((s) => direct.test(s.text)).map((s) => s.file)).toEqual([]);
  });

  it("passes each helper only catalogued names of its own kind", () => {
    expect(calls.length).toBeGreaterThan(50);
    const wrong = calls.flatMap((c) =>
      c.names.filter((name) => !isAuditAction(name) || AUDIT_EVENTS[name] !== HELPER_KIND[c.helper]).map((name) => `${c.where}: ${c.helper}("${name}")`),
    );
    expect(wrong).toEqual([]);
  });

  it("never casts a value to an audit action type outside lib/audit/ (the one way around the type checker)", () => {
    expect(scanned.flatMap((s) => s.casts)).toEqual([]);
  });
});
