// Single sign-on: who a verified ID token is in this product. The token has already been checked
// (signature, iss, aud, exp, nonce: openid-client in lib/auth/oidc.ts); this decides the account.
//
// 1. The stored identity (issuer + subject, unique together) wins: the e-mail may have changed.
//    (A subject stored before issuers were, with no issuer, is taken as this issuer's and completed.)
// 2. First sign-in: the account with that e-mail, only if the provider vouches for the address
//    (email_verified) and the account has no other subject stored; then issuer and subject are
//    stored, so later sign-ins no longer depend on the e-mail.
// 3. Otherwise refused, unless just-in-time creation is on (OIDC_JIT=1): a new account with the
//    configured default roles (OIDC_JIT_ROLES), name and e-mail from the claims.
// A deactivated account is refused. Roles are never taken from claims: they are managed here.
import { Role, type Locale } from "../db/generated/enums.ts";
import type { Db, DbOrTx } from "../db/types.ts";
import { auditAuth, auditChange } from "../audit/audit.ts";
import { normalizeEmail } from "./authenticate.ts";

export interface OidcIdentity {
  /** The ID token's `iss`. */
  issuer: string;
  /** The ID token's `sub`. */
  subject: string;
  email?: string | null;
  /** The `email_verified` claim; anything but `true` (missing, "true", 1) counts as unverified. */
  emailVerified?: unknown;
  name?: string | null;
  locale?: string | null;
}

export interface OidcJitConfig {
  enabled: boolean;
  roles: Role[];
}

export type OidcRefusal = "unknown_user" | "inactive";
export type OidcSignInResult =
  | { ok: true; userId: string; via: "subject" | "email" | "created" }
  | { ok: false; reason: OidcRefusal };

/** Where a refused single sign-on ends: a page saying who to contact (app/(public)/login/refused). */
export const OIDC_REFUSED_PATH = "/login/refused";

const LOCALES: readonly Locale[] = ["fi", "sv", "en"];

/** OIDC_JIT and OIDC_JIT_ROLES (comma separated Role names, default FRONTLINE_WORKER). */
export function oidcJitConfig(env: Record<string, string | undefined> = process.env): OidcJitConfig {
  const enabled = env.OIDC_JIT === "1" || env.OIDC_JIT === "true";
  const names = (env.OIDC_JIT_ROLES ?? "FRONTLINE_WORKER")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = names.filter((n) => !(n in Role));
  // A typo must not silently create accounts with no roles (or with the wrong ones).
  if (enabled && (unknown.length > 0 || names.length === 0)) {
    throw new Error(`OIDC_JIT_ROLES: unknown role(s) ${unknown.join(", ") || "(none given)"}; use ${Object.keys(Role).join(", ")}`);
  }
  return { enabled, roles: [...new Set(names)] as Role[] };
}

function isInactive(user: { active: boolean; deactivatedAt: Date | null }): boolean {
  return !user.active || user.deactivatedAt !== null;
}

export async function oidcSignIn(db: Db, identity: OidcIdentity, jit: OidcJitConfig): Promise<OidcSignInResult> {
  return db.$transaction(async (tx) => {
    const result = await decide(tx, identity, jit);
    if (result.ok) {
      await auditAuth(tx, "signin.succeeded", { actorId: result.userId, details: { provider: "oidc", via: result.via } });
    } else {
      await auditAuth(tx, "signin.refused", { actorId: result.actorId, details: { provider: "oidc", reason: result.reason } });
    }
    return result.ok ? result : { ok: false as const, reason: result.reason };
  });
}

type Decision = { ok: true; userId: string; via: "subject" | "email" | "created" } | { ok: false; reason: OidcRefusal; actorId: string | null };

async function decide(tx: DbOrTx, identity: OidcIdentity, jit: OidcJitConfig): Promise<Decision> {
  const { issuer, subject } = identity;
  if (!issuer || !subject) return { ok: false, reason: "unknown_user", actorId: null };

  const bySubject = await tx.user.findUnique({ where: { oidcIssuer_oidcSubject: { oidcIssuer: issuer, oidcSubject: subject } } });
  if (bySubject) {
    if (isInactive(bySubject)) return { ok: false, reason: "inactive", actorId: bySubject.id };
    return { ok: true, userId: bySubject.id, via: "subject" };
  }

  // Linked before the issuer was stored (one configured provider, subject unique on its own):
  // the subject still identifies the person; the issuer is filled in.
  const legacy = await tx.user.findFirst({ where: { oidcIssuer: null, oidcSubject: subject } });
  if (legacy) {
    if (isInactive(legacy)) return { ok: false, reason: "inactive", actorId: legacy.id };
    await tx.user.update({ where: { id: legacy.id }, data: { oidcIssuer: issuer } });
    return { ok: true, userId: legacy.id, via: "subject" };
  }

  // Only an address the provider has verified may stand for a person here.
  const email = identity.emailVerified === true && identity.email ? normalizeEmail(identity.email) : null;
  if (!email || email.length > 254) return { ok: false, reason: "unknown_user", actorId: null };

  const byEmail = await tx.user.findUnique({ where: { email } });
  if (byEmail) {
    // Already linked to another identity: a second provider account must not take it over.
    if (byEmail.oidcSubject !== null || byEmail.oidcIssuer !== null) return { ok: false, reason: "unknown_user", actorId: null };
    if (isInactive(byEmail)) return { ok: false, reason: "inactive", actorId: byEmail.id };
    // Conditional on still being unlinked, so two simultaneous first sign-ins cannot both link it.
    const linked = await tx.user.updateMany({ where: { id: byEmail.id, oidcSubject: null, oidcIssuer: null }, data: { oidcIssuer: issuer, oidcSubject: subject } });
    if (linked.count !== 1) return { ok: false, reason: "unknown_user", actorId: null };
    return { ok: true, userId: byEmail.id, via: "email" };
  }

  if (!jit.enabled) return { ok: false, reason: "unknown_user", actorId: null };

  const name = (identity.name ?? "").trim().slice(0, 200) || email;
  const locale = LOCALES.find((l) => l === identity.locale?.slice(0, 2).toLowerCase()) ?? "fi";
  const created = await tx.user.create({
    data: { email, name, title: "", roles: jit.roles, locale, oidcIssuer: issuer, oidcSubject: subject },
  });
  await auditChange(tx, "auth.oidc.user.create", {
    actorId: created.id,
    objectType: "User",
    objectId: created.id,
    details: { provider: "oidc", roles: jit.roles },
  });
  return { ok: true, userId: created.id, via: "created" };
}
