// iCalendar (RFC 5545 / iTIP RFC 5546) invitations for joint meetings, the way Cal.com sends them:
// times in UTC, a UID that stays the same across reschedule and cancel, and a SEQUENCE that
// grows on every change so calendar clients replace the earlier version.
// Pure: the caller supplies every value, including DTSTAMP. The summary must never carry
// family details — the caller guarantees that.

export interface IcsInvitation {
  method: "REQUEST" | "CANCEL";
  /** Stable across reschedule and cancel. */
  uid: string;
  /** Grows on every change. */
  sequence: number;
  /** DTSTAMP. */
  stamp: Date;
  /** Written in UTC: DTSTART:20261201T080000Z. */
  start: Date;
  end: Date;
  summary: string;
  /** Room and unit name. */
  location?: string | null;
  /** Link to the meeting in the product, or the remote meeting link. */
  url?: string | null;
  description?: string | null;
  organizer: { name: string; email: string };
  attendee: { name: string; email: string };
}

/** Line ending of every iCalendar content line (RFC 5545 3.1). */
export const CRLF = "\r\n";
const MAX_LINE_OCTETS = 75;

/** 20261201T080000Z — seconds precision, always UTC. */
export function icsUtc(instant: Date): string {
  const ms = instant.getTime();
  if (!Number.isFinite(ms)) throw new RangeError("invalid date in invitation");
  return instant.toISOString().replace(/\.\d{3}Z$/, "Z").replace(/[-:]/g, "");
}

/** TEXT value escaping (RFC 5545 3.3.11): backslash, semicolon, comma and newlines. */
export function escapeIcsText(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n")
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "");
}

/** A value that must not contain any line break or control character (URIs, e-mail addresses). */
export function singleLine(value: string): string {
  return value.replace(/[\u0000-\u001f\u007f]/g, "");
}

/**
 * A parameter value such as CN (RFC 5545 3.2): DQUOTE is not allowed inside, so it becomes an
 * apostrophe; the value is quoted when it contains ":", ";" or ",".
 */
function paramValue(value: string): string {
  const clean = singleLine(value).replace(/"/g, "'");
  return /[:;,]/.test(clean) ? `"${clean}"` : clean;
}

function mailto(email: string): string {
  return `mailto:${singleLine(email).trim()}`;
}

/**
 * Folds one content line at 75 octets (RFC 5545 3.1), never splitting a UTF-8 character;
 * each continuation line starts with a single space, which counts towards its 75 octets.
 */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  let limit = MAX_LINE_OCTETS;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
      limit = MAX_LINE_OCTETS - 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

/** The whole VCALENDAR with one VEVENT, CRLF line endings, folded lines, ending in CRLF. */
export function buildIcs(inv: IcsInvitation): string {
  if (!Number.isInteger(inv.sequence) || inv.sequence < 0) {
    throw new RangeError(`sequence must be a non-negative integer, got ${inv.sequence}`);
  }
  if (!(inv.end.getTime() > inv.start.getTime())) throw new RangeError("the meeting must end after it starts");

  const lines: string[] = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Yhteinen aika//FI",
    "CALSCALE:GREGORIAN",
    `METHOD:${inv.method}`,
    "BEGIN:VEVENT",
    `UID:${escapeIcsText(inv.uid)}`,
    `SEQUENCE:${inv.sequence}`,
    `DTSTAMP:${icsUtc(inv.stamp)}`,
    `DTSTART:${icsUtc(inv.start)}`,
    `DTEND:${icsUtc(inv.end)}`,
    `SUMMARY:${escapeIcsText(inv.summary)}`,
  ];
  if (inv.location) lines.push(`LOCATION:${escapeIcsText(inv.location)}`);
  if (inv.url) lines.push(`URL:${singleLine(inv.url)}`);
  if (inv.description) lines.push(`DESCRIPTION:${escapeIcsText(inv.description)}`);
  lines.push(
    `ORGANIZER;CN=${paramValue(inv.organizer.name)}:${mailto(inv.organizer.email)}`,
    `ATTENDEE;CN=${paramValue(inv.attendee.name)};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:${mailto(inv.attendee.email)}`,
    `STATUS:${inv.method === "CANCEL" ? "CANCELLED" : "CONFIRMED"}`,
    "END:VEVENT",
    "END:VCALENDAR",
  );
  return lines.map(foldLine).join(CRLF) + CRLF;
}
