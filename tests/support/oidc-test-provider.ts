// A real OpenID Connect provider on loopback for the e2e suite: the `oidc-provider` package (the
// certified Node.js implementation), started by tests/e2e/playwright.config.ts as a second web
// server. Never part of the product.
//
// - One confidential client, the e2e app (client_secret_basic, redirect to the app's
//   /api/auth/callback/oidc), authorization code only, PKCE (S256) required.
// - A fresh RS256 signing key per run (the JWKS is public at /jwks, as with a real provider).
// - Accounts: the built-in development login form (devInteractions) accepts any login and any
//   password; the login IS the account, so each e2e test signs in as its own freshly built user:
//     "<email>"                  sub "<email>", email "<email>", email_verified true
//     "unverified:<email>"       the same e-mail, but email_verified false
//     "<email>#for-other-client" an ID token whose `aud` is another client (see below)
//     "<email>#forged-signature" an ID token signed with a key that is not in the provider's JWKS
//     "<email>#expired-id-token" an ID token that expired an hour ago
//     "<email>#expired-code"     an authorization code that expires after one second, and the
//                                redirect carrying it back to the app held for three
//   Consent is granted automatically (loadExistingGrant), as for a first-party client.
//
// "An ID token for another client": the provider signs, with its one genuine key, an ID token
// whose audience is "other-client" instead of the app. This is the token a second client of the
// same provider would hold; a relying party that skipped the `aud` check would accept it. Done as
// a test-only switch in the token response (re-signing the payload with `aud` changed), because
// oidc-provider itself, correctly, never hands one client's token to another. The same switch
// gives a token with a forged signature and an expired one, so each ID token check is proven.
//
// Environment: OIDC_TEST_PORT (3994), OIDC_TEST_CLIENT_ID, OIDC_TEST_CLIENT_SECRET,
// OIDC_TEST_REDIRECT_URI.
import { createPrivateKey, generateKeyPairSync, sign, type JsonWebKey } from "node:crypto";
import Provider, { type Configuration } from "oidc-provider";

const PORT = Number(process.env.OIDC_TEST_PORT ?? 3994);
const ISSUER = `http://127.0.0.1:${PORT}`;
const CLIENT_ID = process.env.OIDC_TEST_CLIENT_ID ?? "yhteinen-aika-e2e";
const CLIENT_SECRET = process.env.OIDC_TEST_CLIENT_SECRET ?? "e2e-only-client-secret";
const REDIRECT_URI = process.env.OIDC_TEST_REDIRECT_URI ?? "http://localhost:3100/api/auth/callback/oidc";
export const OTHER_CLIENT_ID = "other-client";
/** Test-only changes to an issued ID token, by the account's tag. */
const ID_TOKEN_TAMPERING: Record<string, { claims?: (c: Record<string, unknown>) => Record<string, unknown>; forged?: true }> = {
  "#for-other-client": { claims: (c) => ({ ...c, aud: OTHER_CLIENT_ID, azp: OTHER_CLIENT_ID }) },
  "#forged-signature": { forged: true },
  "#expired-id-token": { claims: (c) => ({ ...c, iat: Number(c.iat) - 7200, exp: Number(c.iat) - 3600 }) },
};
const EXPIRED_CODE = "#expired-code";

const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
const signingJwk = { ...(privateKey.export({ format: "jwk" }) as JsonWebKey), kid: "e2e-signing-key", alg: "RS256", use: "sig" };
/** A key the provider never publishes: what a forger without the provider's key would sign with. */
const forgerKey = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey;

/** The claims of the account a login stands for (see the table above). */
function claimsFor(accountId: string) {
  const unverified = accountId.startsWith("unverified:");
  const email = accountId.replace(/^unverified:/, "").replace(/#.*$/, "");
  const local = email.split("@")[0] ?? email;
  return { sub: accountId, email, email_verified: !unverified, name: `SSO ${local}` };
}

const configuration: Configuration = {
  clients: [
    {
      client_id: CLIENT_ID,
      client_secret: CLIENT_SECRET,
      redirect_uris: [REDIRECT_URI],
      grant_types: ["authorization_code"],
      response_types: ["code"],
      token_endpoint_auth_method: "client_secret_basic",
    },
  ],
  jwks: { keys: [signingJwk as never] },
  pkce: { required: () => true },
  // Claims in the ID token itself (the app reads the ID token, not userinfo).
  conformIdTokenClaims: false,
  claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
  scopes: ["openid", "email", "profile"],
  features: { devInteractions: { enabled: true } },
  cookies: { keys: ["e2e-only-cookie-signing-key"] },
  ttl: {
    AuthorizationCode: (_ctx, code) => (String(code.accountId).endsWith(EXPIRED_CODE) ? 1 : 60),
    IdToken: 300,
    AccessToken: 300,
    Interaction: 600,
    Session: 600,
    Grant: 600,
  },
  async findAccount(_ctx, accountId) {
    return { accountId, claims: async () => claimsFor(accountId) };
  },
  // A first-party client: no consent screen, every requested scope granted.
  async loadExistingGrant(ctx) {
    const existing = ctx.oidc.result?.consent?.grantId || ctx.oidc.session!.grantIdFor(ctx.oidc.client!.clientId);
    if (existing) return ctx.oidc.provider.Grant.find(existing);
    const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client!.clientId, accountId: ctx.oidc.session!.accountId });
    grant.addOIDCScope("openid email profile");
    await grant.save();
    return grant;
  },
};

const provider = new Provider(ISSUER, configuration);

function base64url(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString("base64url");
}

/** The ID token re-signed (same header, same kid) after a test-only change. */
function tampered(idToken: string, change: (typeof ID_TOKEN_TAMPERING)[string]): string {
  const [header, payload] = idToken.split(".");
  const claims = JSON.parse(Buffer.from(payload!, "base64url").toString("utf8"));
  const input = `${header}.${base64url(change.claims ? change.claims(claims) : claims)}`;
  const key = change.forged ? forgerKey : createPrivateKey({ key: signingJwk, format: "jwk" });
  return `${input}.${sign("sha256", Buffer.from(input), key).toString("base64url")}`;
}

provider.use(async (ctx, next) => {
  await next();
  const location = ctx.response.get("location") ?? "";
  if (location.includes("code=") && ctx.oidc?.session?.accountId?.endsWith(EXPIRED_CODE)) {
    await new Promise((resolve) => setTimeout(resolve, 3_000));
  }
  const body = ctx.body as { id_token?: string } | undefined;
  if (ctx.method === "POST" && ctx.path === "/token" && body?.id_token) {
    const sub = JSON.parse(Buffer.from(body.id_token.split(".")[1]!, "base64url").toString("utf8")).sub as string;
    const change = Object.entries(ID_TOKEN_TAMPERING).find(([tag]) => sub.endsWith(tag))?.[1];
    if (change) ctx.body = { ...body, id_token: tampered(body.id_token, change) };
  }
});

provider.listen(PORT, "127.0.0.1", () => {
  console.log(`OIDC test provider: ${ISSUER} (client ${CLIENT_ID} → ${REDIRECT_URI})`);
});
