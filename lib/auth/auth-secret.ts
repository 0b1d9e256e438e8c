import "server-only";

/** The one secret next-auth signs session tokens with; other keys (the TOTP key) are derived from it. */
export function authSecret(): string {
  const secret = process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set");
  return secret;
}
