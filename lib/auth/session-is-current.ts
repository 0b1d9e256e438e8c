// A session token is current when it carries exactly the user's session version. Every sign-out,
// deactivation, role or password change and 2FA reset grows the user's number (revokeSessions), so
// a token issued before it (or one with no number at all, from before versions existed) is refused.
export function sessionIsCurrent(tokenVersion: number | undefined | null, userVersion: number): boolean {
  return typeof tokenVersion === "number" && Number.isInteger(tokenVersion) && tokenVersion === userVersion;
}
