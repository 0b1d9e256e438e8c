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

const credentialsSchema = z.object({ email: z.string().max(254), password: z.string().max(1024) });

export const authOptions: NextAuthOptions = {
  secret: process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: IDLE_TIMEOUT_S, updateAge: 0 },
  jwt: { maxAge: IDLE_TIMEOUT_S },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    CredentialsProvider({
      id: "credentials",
      name: "credentials",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, req) {
        const parsed = credentialsSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const result = await authenticate(db, { ...parsed.data, ip: clientIp(req.headers ?? {}) });
        // A thrown error's message becomes the `error` the sign-in form shows (translated there).
        if (!result.ok) throw new Error(result.reason === "RATE_LIMITED" ? "RateLimited" : "CredentialsSignin");
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
    async jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.loginAt = Math.floor(Date.now() / 1000);
      }
      return token;
    },
    async session({ session, token }) {
      return { ...session, userId: token.sub, loginAt: token.loginAt };
    },
  },
};
