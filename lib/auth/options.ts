import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { db } from "../db/client.ts";
import { authenticate } from "./authenticate.ts";
import { oidcProvider, type OidcProfile } from "./oidc.ts";
import { OIDC_REFUSED_PATH, oidcJitConfig, oidcSignIn } from "./oidc-sign-in.ts";
import { clientIp } from "./client-ip.ts";

import { IDLE_TIMEOUT_S } from "./session-limits.ts";
import { endSession } from "./end-session.ts";

const credentialsSchema = z.object({
  email: z.string().max(254),
  password: z.string().max(1024),
  // The second step of a two-factor sign-in: a code from the app, or one recovery code.
  otp: z.string().max(16).optional(),
  recoveryCode: z.string().max(32).optional(),
});

// A thrown error's message becomes the `error` the sign-in form shows (translated there).
const SIGNIN_ERROR = {
  INVALID: "CredentialsSignin",
  RATE_LIMITED: "RateLimited",
  TWO_FACTOR_REQUIRED: "TwoFactorRequired",
  TWO_FACTOR_INVALID: "TwoFactorInvalid",
} as const;

export const authOptions: NextAuthOptions = {
  secret: process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: IDLE_TIMEOUT_S, updateAge: 0 },
  jwt: { maxAge: IDLE_TIMEOUT_S },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    CredentialsProvider({
      id: "credentials",
      name: "credentials",
      credentials: { email: { type: "email" }, password: { type: "password" }, otp: { type: "text" }, recoveryCode: { type: "text" } },
      async authorize(credentials, req) {
        const parsed = credentialsSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const { email, password, otp, recoveryCode } = parsed.data;
        const result = await authenticate(db, { email, password, otp: otp || undefined, recoveryCode: recoveryCode || undefined, ip: clientIp(req.headers ?? {}) });
        if (!result.ok) throw new Error(SIGNIN_ERROR[result.reason]);
        return { id: result.user.id, email: result.user.email, name: result.user.name };
      },
    }),
    ...oidcProvider(),
  ],
  callbacks: {
    async signIn({ user, account, profile }) {
      if (account?.provider !== "oidc") return true;
      // The ID token is verified by now (lib/auth/oidc.ts); who it is here is lib/auth/oidc-sign-in.ts.
      const claims = (profile ?? {}) as Partial<OidcProfile>;
      const result = await oidcSignIn(
        db,
        { issuer: claims.iss ?? "", subject: claims.sub ?? "", email: claims.email, emailVerified: claims.email_verified, name: user.name, locale: claims.locale },
        oidcJitConfig(),
      );
      if (!result.ok) return OIDC_REFUSED_PATH;
      user.id = result.userId;
      return true;
    },
    async jwt({ token, user, account }) {
      if (user) {
        // Every provider: the token carries the user's session version at sign-in, and currentUser
        // refuses it once the version has grown (sign-out, deactivation, password change, 2FA reset).
        const row = await db.user.findUnique({ where: { id: user.id }, select: { sessionVersion: true } });
        token.sub = user.id;
        token.loginAt = Math.floor(Date.now() / 1000);
        token.sessionVersion = row?.sessionVersion ?? -1;
        token.authMethod = account?.provider === "oidc" ? "oidc" : "password";
      }
      return token;
    },
    async session({ session, token }) {
      return { ...session, userId: token.sub, loginAt: token.loginAt, sessionVersion: token.sessionVersion, authMethod: token.authMethod };
    },
  },
  events: {
    // Signing out ends the session on the server too: the cookie next-auth clears in the browser
    // would otherwise stay valid until it expires for anyone holding a copy.
    async signOut({ token }) {
      await endSession(db, token);
    },
  },
};
