/** The session ends after 30 minutes idle (sliding, enforced by the token's expiry) and after 12 hours in any case. */
export const IDLE_TIMEOUT_S = 30 * 60;
export const ABSOLUTE_TIMEOUT_S = 12 * 60 * 60;

/** Whether a session that began at `loginAt` (epoch seconds) is still within the 12-hour limit. */
export function withinAbsoluteLimit(loginAt: number | undefined, now = Date.now()): boolean {
  if (!loginAt) return false;
  const age = now / 1000 - loginAt;
  return age >= 0 && age <= ABSOLUTE_TIMEOUT_S;
}
