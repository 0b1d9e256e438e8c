// Organisation single sign-on (OpenID Connect), switched on by environment variables:
// OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET (and optional OIDC_NAME for the button);
// OIDC_JIT / OIDC_JIT_ROLES for just-in-time accounts (lib/auth/oidc-sign-in.ts).
//
// Authorization-code flow. next-auth keeps a PKCE verifier, a state and a nonce in short-lived,
// encrypted cookies and checks all three on the callback; openid-client (`idToken: true` makes it
// use client.callback, not oauthCallback) verifies the ID token: signature against the issuer's
// JWKS, `iss` equal to the discovered issuer, `aud` (and `azp`) our client id, `exp`/`iat`, and
// `nonce` equal to the cookie's. Any failure ends at /login?error=OAuthCallback with no session.
import type { Provider } from "next-auth/providers/index";

export function oidcEnabled(): boolean {
  return Boolean(process.env.OIDC_ISSUER && process.env.OIDC_CLIENT_ID && process.env.OIDC_CLIENT_SECRET);
}

/** ID token claims the product reads; roles are never read from claims. */
export interface OidcProfile {
  iss: string;
  sub: string;
  email?: string;
  email_verified?: unknown;
  name?: string;
  given_name?: string;
  family_name?: string;
  locale?: string;
}

export function oidcProvider(): Provider[] {
  if (!oidcEnabled()) return [];
  return [
    {
      id: "oidc",
      name: process.env.OIDC_NAME ?? "SSO",
      type: "oauth",
      wellKnown: `${process.env.OIDC_ISSUER!.replace(/\/$/, "")}/.well-known/openid-configuration`,
      authorization: { params: { scope: "openid email profile" } },
      idToken: true,
      checks: ["pkce", "state", "nonce"],
      clientId: process.env.OIDC_CLIENT_ID,
      clientSecret: process.env.OIDC_CLIENT_SECRET,
      client: { token_endpoint_auth_method: "client_secret_basic", id_token_signed_response_alg: "RS256" },
      profile(profile: OidcProfile) {
        const name = profile.name ?? ([profile.given_name, profile.family_name].filter(Boolean).join(" ") || null);
        return { id: profile.sub, email: profile.email ?? null, name };
      },
    },
  ];
}
