// The role × capability matrix, written out (like eVaka's action matrix): who may use which part
// of the product. Changing a rule means changing this table in the same commit. Every page guard,
// navigation item and registered action must use a capability of it, and no code may ask for a
// role any other way.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CAPABILITIES, can, type Capability } from "@/lib/authz/capabilities.ts";
import { ACTION_MODULES, ACTION_REGISTRY, isActionDefinition } from "@/lib/authz/registry.ts";
import { NAVIGATION } from "@/lib/auth/navigation.ts";
import type { Role } from "@/lib/db/generated/enums.ts";
import { AUDIT_EVENTS } from "@/lib/audit/events.ts";

const ROLES: Role[] = ["FRONTLINE_WORKER", "TEAM_MEMBER", "GUIDANCE_WORKER", "COORDINATOR", "ADMIN"];
const F = "FRONTLINE_WORKER", T = "TEAM_MEMBER", G = "GUIDANCE_WORKER", C = "COORDINATOR", A = "ADMIN";

/** capability → the roles that have it. */
const MATRIX: Record<Capability, Role[]> = {
  "families.work": [F, T, G],
  "followUp.work": [F, T, G],
  "collaboration.open": [F, G],
  "invitations.list": [T],
  "invitations.respond": [F, T],
  "calendar.use": [F, T, G],
  "guidance.handle": [G],
  "reports.view": [C],
  "admin.manage": [A],
  "audit.review": [A],
  "account.own": [F, T, G, C, A],
};

const root = path.resolve(import.meta.dirname, "../..");
function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir)).flatMap((name) => {
    const rel = path.join(dir, name);
    if (name === "generated" || name === "node_modules") return [];
    if (statSync(path.join(root, rel)).isDirectory()) return sourceFiles(rel);
    return /\.tsx?$/.test(name) ? [rel] : [];
  });
}
const code = [...sourceFiles("app"), ...sourceFiles("lib"), ...sourceFiles("components")].map((file) => ({ file, text: readFileSync(path.join(root, file), "utf8") }));

describe("the role × capability matrix", () => {
  it.each(Object.keys(MATRIX) as Capability[])("%s: exactly the roles of the table", (capability) => {
    for (const role of ROLES) expect(can({ roles: [role] }, capability), `${role} × ${capability}`).toBe(MATRIX[capability].includes(role));
  });

  it("has no capability the table does not list", () => {
    expect(Object.keys(CAPABILITIES).sort()).toEqual(Object.keys(MATRIX).sort());
  });

  it("gives a user with no roles nothing", () => {
    for (const capability of Object.keys(MATRIX) as Capability[]) expect(can({ roles: [] }, capability)).toBe(false);
  });
});

describe("every role rule comes from the table", () => {
  it("every registered action names a capability of the table, and names are unique", () => {
    const all = Object.values(ACTION_MODULES).flatMap((m) => Object.values(m).filter(isActionDefinition));
    expect(all.length).toBeGreaterThan(40);
    expect(new Set(all.map((d) => d.name)).size).toBe(all.length);
    for (const def of all) {
      expect(Object.keys(MATRIX), def.name).toContain(def.capability);
      expect(ACTION_REGISTRY.get(def.name), def.name).toBe(def);
    }
  });

  it("an action whose change event the wrapper writes is named after a catalogued change", () => {
    const auditedByWrapper = [...ACTION_REGISTRY.values()].filter((def) => def.audit);
    expect(auditedByWrapper.map((d) => d.name)).toEqual(expect.arrayContaining(["calendar.feed.create", "calendar.feed.revoke", "account.language.set"]));
    for (const def of auditedByWrapper) expect((AUDIT_EVENTS as Record<string, string>)[def.name], def.name).toBe("CHANGE");
  });

  it("every file that declares an action is in the registry", () => {
    const declaring = code.filter(({ file, text }) => file !== path.join("lib", "actions", "secure-action.ts") && /\b(?:defineAction\(\{|actionsWith<)/.test(text)).map(({ file }) => file);
    const registered = readFileSync(path.join(root, "lib/authz/registry.ts"), "utf8");
    for (const file of declaring) expect(registered, `${file} declares actions`).toContain(`"../${path.relative("lib", file).replace(/\\/g, "/")}"`);
  });

  it("every navigation item opens a page guarded by the same capability", () => {
    for (const item of NAVIGATION) {
      expect(Object.keys(MATRIX)).toContain(item.capability);
      const page = code.find(({ file }) => file === path.join("app/(app)", item.href, "page.tsx"))?.text ?? "";
      const layout = code.find(({ file }) => file === path.join("app/(app)", item.href, "layout.tsx"))?.text ?? "";
      const loader = code.find(({ file }) => file === path.join("app/(app)", item.href, "load.ts"))?.text ?? "";
      expect(`${page}${layout}${loader}`, item.href).toContain(`allowPage(user, "${item.capability}")`);
    }
  });

  it("pages, lib and components name only capabilities of the table", () => {
    for (const { file, text } of code) {
      for (const m of text.matchAll(/\b(?:can|allowPage|requireCapability)\(\w+, "([^"]+)"\)/g)) expect(Object.keys(MATRIX), `${file}: ${m[0]}`).toContain(m[1]);
      for (const m of text.matchAll(/capability: "([^"]+)"/g)) expect(Object.keys(MATRIX), `${file}: ${m[0]}`).toContain(m[1]);
    }
  });

  it("no page, lib function or component asks for a role directly", () => {
    // Role lists about *other* users (whom a chair may name, the last admin) are data rules, not
    // the signed-in user's authorization; the session user's roles are read only in lib/authz.
    const offenders = code
      .filter(({ file }) => !file.startsWith(path.join("lib", "authz")))
      .filter(({ text }) => /\bhasRole\(|\b(?:session|me|currentUser|user)\.roles\.(?:includes|some|indexOf)\(/.test(text))
      .map(({ file }) => file);
    expect(offenders).toEqual(["lib/admin/users/set-user-active.ts"]);
  });
});
