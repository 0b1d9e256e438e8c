import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface Session {
    userId?: string;
    loginAt?: number;
    /** The user's session version at sign-in (lib/auth/session-is-current.ts). */
    sessionVersion?: number;
    /** How the user signed in; two-factor enrolment applies to password sign-ins. */
    authMethod?: "password" | "oidc";
  }
}
declare module "next-auth/jwt" {
  interface JWT {
    loginAt?: number;
    sessionVersion?: number;
    authMethod?: "password" | "oidc";
  }
}
