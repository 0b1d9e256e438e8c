import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { db } from "../db/client.ts";
import { writeAuditEvent } from "../audit/write-audit-event.ts";
import { authenticate, normalizeEmail } from "./authenticate.ts";
import { oidcProvider } from "./oidc.ts";
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
    async signIn({ user, account }) {
      if (account?.provider !== "oidc") return true;
      // Single sign-on only admits people who already have an active account here.
      const found = await db.user.findFirst({
        where: { active: true, OR: [{ oidcSubject: account.providerAccountId }, { email: normalizeEmail(user.email ?? "") }] },
      });
      if (!found) return false;
      if (!found.oidcSubject) await db.user.update({ where: { id: found.id }, data: { oidcSubject: account.providerAccountId } });
      user.id = found.id;
      await writeAuditEvent(db, { kind: "AUTH", action: "signin.succeeded", actorId: found.id, details: { provider: "oidc" } });
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
