// /.well-known/security.txt (RFC 9116): where to report a vulnerability. Contact from
// SECURITY_CONTACT (a mailto:, https: or tel: URI; a bare e-mail address becomes mailto:),
// Expires a year from the request, Canonical from NEXTAUTH_URL when the public address is known.
export const DEFAULT_SECURITY_CONTACT = "mailto:tietoturva@yhteinen-aika.example";
const YEAR_MS = 365 * 24 * 3600 * 1000;

export function securityContact(configured: string | undefined): string {
  const value = configured?.trim();
  if (!value) return DEFAULT_SECURITY_CONTACT;
  if (/^[^\s@:/]+@[^\s@/]+$/.test(value)) return `mailto:${value}`;
  if (/^(mailto:|https:\/\/|tel:)\S+$/i.test(value)) return value;
  throw new Error("SECURITY_CONTACT must be an e-mail address or a mailto:, https: or tel: URI");
}

export function securityTxt(env: Record<string, string | undefined>, now = new Date()): string {
  const lines = [
    `Contact: ${securityContact(env.SECURITY_CONTACT)}`,
    // RFC 9116 2.5.5: less than a year ahead; computed per request, so it never goes stale.
    `Expires: ${new Date(now.getTime() + YEAR_MS - 24 * 3600 * 1000).toISOString().replace(/\.\d{3}Z$/, "Z")}`,
    "Preferred-Languages: fi, sv, en",
  ];
  if (env.NEXTAUTH_URL) lines.push(`Canonical: ${new URL("/.well-known/security.txt", env.NEXTAUTH_URL).toString()}`);
  return `${lines.join("\n")}\n`;
}
