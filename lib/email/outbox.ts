// The e-mail outbox. Mail is never sent from inside a domain change: the change writes a PENDING row
// in its own transaction (so a rolled-back change leaves no mail behind, and a committed one cannot
// lose its mail), and sendPendingEmails() delivers the rows afterwards, retrying until it succeeds.
import type { DbOrTx } from "../db/types.ts";

export type EmailLocale = "fi" | "sv" | "en";
export type IcsMethod = "REQUEST" | "CANCEL";

export interface OutgoingEmail {
  to: string;
  locale: EmailLocale;
  subject: string;
  textBody: string;
  /** A complete iCalendar object (VCALENDAR); sent as a text/calendar alternative and an invite.ics. */
  icsContent?: string | null;
  /** The iTIP method; written into the .ics as its METHOD: line when the .ics has none. */
  icsMethod?: IcsMethod | null;
  /** Idempotence key (e.g. `digest:<userId>:<date>`): a second mail with the same key is not queued. */
  dedupeKey?: string | null;
}

const LOCALES: readonly string[] = ["fi", "sv", "en"];
// Deliberately simple: one address, no display name, no whitespace or header-breaking characters.
const ADDRESS = /^[^\s@<>(),;:"\\]+@[^\s@<>(),;:"\\]+\.[^\s@<>(),;:"\\]+$/;

/**
 * Queues one mail in the caller's transaction. Returns the new row's id, or null when a mail with the
 * same dedupeKey is already queued or sent (nothing is inserted then).
 */
export async function enqueueEmail(tx: DbOrTx, mail: OutgoingEmail): Promise<{ id: string } | null> {
  if (!ADDRESS.test(mail.to) || mail.to.length > 320) throw new Error("enqueueEmail: invalid recipient address");
  if (!LOCALES.includes(mail.locale)) throw new Error("enqueueEmail: invalid locale");
  if (/[\r\n]/.test(mail.subject)) throw new Error("enqueueEmail: the subject must be a single line");
  if (mail.icsMethod && !mail.icsContent) throw new Error("enqueueEmail: icsMethod needs icsContent");
  const ics = mail.icsContent ? withIcsMethod(mail.icsContent, mail.icsMethod ?? null) : null;
  const dedupeKey = mail.dedupeKey ?? null;

  // ON CONFLICT DO NOTHING (not a caught unique violation): a failed statement would abort the
  // caller's whole transaction on PostgreSQL. NULL keys never conflict.
  const rows = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO "EmailOutbox" ("dedupeKey", "toAddress", "locale", "subject", "textBody", "icsContent")
    VALUES (${dedupeKey}, ${mail.to}, ${mail.locale}::"Locale", ${mail.subject}, ${mail.textBody}, ${ics})
    ON CONFLICT ("dedupeKey") DO NOTHING
    RETURNING "id"::text AS "id"`;
  const row = rows[0];
  return row ? { id: row.id } : null;
}

/** The METHOD: of an iCalendar object (top level, before the first component), upper-cased, or null. */
export function icsMethodOf(ics: string): string | null {
  const m = /^METHOD:([A-Za-z-]+)\s*$/m.exec(ics);
  return m?.[1] ? m[1].toUpperCase() : null;
}

/** Ensures the .ics carries the METHOD the mail is sent with (iTIP requires them to agree). */
function withIcsMethod(ics: string, method: IcsMethod | null): string {
  if (!/^BEGIN:VCALENDAR\r?$/m.test(ics)) throw new Error("enqueueEmail: icsContent is not an iCalendar object");
  const existing = icsMethodOf(ics);
  if (!method) return ics;
  if (existing) {
    if (existing !== method) throw new Error(`enqueueEmail: icsMethod ${method} contradicts METHOD:${existing} in the .ics`);
    return ics;
  }
  const eol = ics.includes("\r\n") ? "\r\n" : "\n";
  return ics.replace(/^BEGIN:VCALENDAR\r?\n/m, `BEGIN:VCALENDAR${eol}METHOD:${method}${eol}`);
}
